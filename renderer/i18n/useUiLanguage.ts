import { useTranslation } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, type UiLanguage } from './chooseLanguage';

/** The interface language and a setter that remembers the choice for the next launch. */
export function useUiLanguage(): [UiLanguage, (language: UiLanguage) => void] {
  const { i18n } = useTranslation();
  const setLanguage = (language: UiLanguage) => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    void i18n.changeLanguage(language);
  };
  return [i18n.language as UiLanguage, setLanguage];
}
