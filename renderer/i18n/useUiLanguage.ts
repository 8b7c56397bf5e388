import { useTranslation } from 'react-i18next';
import { rememberLanguage, type UiLanguage } from './chooseLanguage';
import { addLanguage } from './createI18n';
import { loadUiCatalogs } from './loadUiCatalogs';

/** The interface language and a setter that remembers the choice for the next launch. */
export function useUiLanguage(): [UiLanguage, (language: UiLanguage) => void] {
  const { i18n } = useTranslation();
  const setLanguage = async (language: UiLanguage) => {
    rememberLanguage(language);
    // Only the starting language is loaded up front; the other one loads on its first switch.
    if (!i18n.hasResourceBundle(language, 'common')) addLanguage(i18n, language, await loadUiCatalogs(language));
    await i18n.changeLanguage(language);
  };
  return [i18n.language as UiLanguage, (language) => void setLanguage(language)];
}
