import { SUPPORTED_LANGUAGES } from '../../shared/i18n/languages';

export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'spoc-studio.language';

/** The language the user picked last, else French for a French system or browser, else English. */
export function chooseLanguage(remembered: string | null, systemLanguages: readonly string[]): UiLanguage {
  if (remembered && (SUPPORTED_LANGUAGES as readonly string[]).includes(remembered)) return remembered as UiLanguage;
  const first = systemLanguages[0]?.toLowerCase() ?? '';
  return first === 'fr' || first.startsWith('fr-') ? 'fr' : 'en';
}
