/** The interface languages, apart from the catalogues so that naming them does not load every string. */
export const SUPPORTED_LANGUAGES = ['fr', 'en'] as const;

export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * The cookie browser mode also keeps the picked language in: the server renders the page's first
 * screen in it (the page's own storage never reaches the server), and it outlives the port of a launch.
 */
export const UI_LANGUAGE_COOKIE = 'spoc-studio.language';

/** The language the user picked last, else French for a French system or browser, else English. */
export function chooseUiLanguage(remembered: string | null | undefined, systemLanguages: readonly string[]): UiLanguage {
  if (remembered && (SUPPORTED_LANGUAGES as readonly string[]).includes(remembered)) return remembered as UiLanguage;
  const first = systemLanguages[0]?.toLowerCase() ?? '';
  return first === 'fr' || first.startsWith('fr-') ? 'fr' : 'en';
}
