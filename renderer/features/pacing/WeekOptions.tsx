import { useTranslation } from 'react-i18next';
import { perLanguage } from '../../i18n/perLanguage';

interface WeekOptionsProps {
  weekCount: number;
  /**
   * Only this week's option, for a menu not yet in use: the closed menu shows and says it all the
   * same. A hidden option with the longest label keeps the menu as wide as with every week.
   */
  only?: number;
}

/** The options "Week 1" … "Week N" of a select that picks one of the course's weeks (every outline row has one). */
export function WeekOptions({ weekCount, only }: WeekOptionsProps) {
  const { i18n } = useTranslation();
  const labels = perLanguage(i18n, `weeks ${weekCount}`, () => Array.from({ length: weekCount }, (_, index) => i18n.t('pacing:weekHeading', { week: index + 1 })));
  if (only !== undefined) {
    const longest = labels.reduce((widest, label) => (label.length >= widest.length ? label : widest), '');
    return (
      <>
        <option value={only}>{labels[only - 1]}</option>
        <option value="" disabled hidden>
          {longest}
        </option>
      </>
    );
  }
  return (
    <>
      {labels.map((label, index) => (
        <option key={index} value={index + 1}>
          {label}
        </option>
      ))}
    </>
  );
}
