import { defineCatalog } from './catalog';

export const common = defineCatalog({
  fr: {
    appName: 'SPOC Studio',
    minutesShort: '{{count}} min',
    cancel: 'Annuler',
    save: 'Enregistrer',
    saved: 'Enregistré',
    saving: 'Enregistrement…',
    language: 'Langue',
  },
  en: {
    appName: 'SPOC Studio',
    minutesShort: '{{count}} min',
    cancel: 'Cancel',
    save: 'Save',
    saved: 'Saved',
    saving: 'Saving…',
    language: 'Language',
  },
});
