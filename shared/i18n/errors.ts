import { defineCatalog } from './catalog';

/**
 * Service errors shown to the user, by key: the backend throws appError(key, params) and the UI
 * translates the key; the English text is also the error's message for the CLI and logs.
 */
export const errors = defineCatalog({
  fr: {
    mediaCorrupt:
      'Le média « {{name}} » est endommagé dans le projet (ses octets ne correspondent plus à leur empreinte) ; il est utilisé dans : {{capsules}}. Aucun fichier n’a été écrit. Réimportez ce média depuis son original, puis exportez de nouveau.',
    mediaCorruptUnused:
      'Le média « {{name}} » est endommagé dans le projet (ses octets ne correspondent plus à leur empreinte). Aucun fichier n’a été écrit. Réimportez ce média depuis son original.',
  },
  en: {
    mediaCorrupt:
      'Media "{{name}}" is damaged in the project (its bytes no longer match their checksum); it is used in: {{capsules}}. No file was written. Re-import this media from its original, then export again.',
    mediaCorruptUnused:
      'Media "{{name}}" is damaged in the project (its bytes no longer match their checksum). No file was written. Re-import this media from its original.',
  },
});

export type ErrorMessageKey = keyof typeof errors.en;
