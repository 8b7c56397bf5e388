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
    impossibleDate: 'Cette date n’existe pas (un 30 février, par exemple) : corrigez le jour ou le mois. La date enregistrée reste celle d’avant.',
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
    impossibleDate: 'This date does not exist (a 30 February, say): correct the day or the month. The saved date stays the previous one.',
  },
});
