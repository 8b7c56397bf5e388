import { cookieValue } from '../../shared/api/cookieValue';
import { UI_LANGUAGE_COOKIE, type UiLanguage } from '../../shared/i18n/languages';

export type { UiLanguage } from '../../shared/i18n/languages';

export const LANGUAGE_STORAGE_KEY = 'spoc-studio.language';

/** The picked language as the cookie keeps it, or null. */
export function languageCookie(cookies: string): string | null {
  const value = cookieValue(cookies, UI_LANGUAGE_COOKIE);
  return value ? decodeURIComponent(value) : null;
}

/** Tells the server the picked language, for a year, by the cookie it reads. */
export function setLanguageCookie(language: string): void {
  document.cookie = `${UI_LANGUAGE_COOKIE}=${encodeURIComponent(language)}; Path=/; SameSite=Strict; Max-Age=31536000`;
}

/** Keeps the picked language in the page's storage, and in the cookie the server reads. */
export function rememberLanguage(language: UiLanguage): void {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  setLanguageCookie(language);
}
