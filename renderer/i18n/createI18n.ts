import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../../shared/i18n/languages';
import type { UiLanguage } from './chooseLanguage';

/** One language's strings by namespace (see `catalogsIn` in shared/i18n/messages). */
export type UiCatalogs = Record<string, Record<string, string>>;

/**
 * One i18next instance holding the interface language's catalogues only; another language is added
 * with `addLanguage` before switching to it. Keys are flat ("save.saved"), so dots do not nest.
 */
export function createI18n(language: UiLanguage, catalogs: UiCatalogs): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    resources: { [language]: catalogs },
    ns: Object.keys(catalogs),
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: ':',
    // React already escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    // i18next 25 otherwise advertises its vendor's service on the console of every page and server render.
    showSupportNotice: false,
  });
  return instance;
}

export function addLanguage(instance: i18n, language: UiLanguage, catalogs: UiCatalogs): void {
  for (const [namespace, strings] of Object.entries(catalogs)) instance.addResourceBundle(language, namespace, strings);
}
