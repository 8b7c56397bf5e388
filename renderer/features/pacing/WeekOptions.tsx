import { useTranslation } from 'react-i18next';
import { perLanguage } from '../../i18n/perLanguage';

/** The options "Week 1" … "Week N" of a select that picks one of the course's weeks (every outline row has one). */
export function WeekOptions({ weekCount }: { weekCount: number }) {
  const { i18n } = useTranslation();
  const labels = perLanguage(i18n, `weeks ${weekCount}`, () => Array.from({ length: weekCount }, (_, index) => i18n.t('pacing:weekHeading', { week: index + 1 })));
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
