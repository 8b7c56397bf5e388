/** The interface languages, apart from the catalogues so that naming them does not load every string. */
export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;
