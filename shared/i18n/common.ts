import { defineCatalog } from './catalog';

export const common = defineCatalog({
  fr: {
    appName: 'SPOC Studio',
    minutesShort: '{{count}} min',
    cancel: 'Annuler',
    confirm: 'Confirmer',
    save: 'Enregistrer',
    saved: 'Enregistré',
    saving: 'Enregistrement…',
    language: 'Langue',
  },
  en: {
    appName: 'SPOC Studio',
    minutesShort: '{{count}} min',
    cancel: 'Cancel',
    confirm: 'Confirm',
    save: 'Save',
    saved: 'Saved',
    saving: 'Saving…',
    language: 'Language',
  },
});
