import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../../shared/i18n/languages';
import { useUiLanguage } from '../i18n/useUiLanguage';

/** FR | EN toggle for the interface (not the course's own language). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const [current, setLanguage] = useUiLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('app:language.switch')}>
      {SUPPORTED_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="segmented__option"
          aria-pressed={current === language}
          lang={language}
          title={t(`app:language.${language}Name`)}
          onClick={() => setLanguage(language)}
        >
          {t(`app:language.${language}`)}
        </button>
      ))}
    </div>
  );
}
