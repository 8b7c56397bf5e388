import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs, SUPPORTED_LANGUAGES } from '../../shared/i18n/messages';
import type { UiLanguage } from './chooseLanguage';

type Resources = Record<UiLanguage, Record<string, Record<string, string>>>;

function resourcesFromCatalogs(): Resources {
  const resources: Resources = { fr: {}, en: {} };
  for (const [namespace, catalog] of Object.entries(catalogs)) {
    for (const language of SUPPORTED_LANGUAGES) resources[language][namespace] = catalog[language] as Record<string, string>;
  }
  return resources;
}

/** One i18next instance fed from the shared catalogs; keys are flat ("save.saved"), so dots do not nest. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    resources: resourcesFromCatalogs(),
    ns: Object.keys(catalogs),
    defaultNS: 'common',
    keySeparator: false,
    nsSeparator: ':',
    // React already escapes what it renders.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
