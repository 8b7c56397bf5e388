import { useTranslation } from 'react-i18next';

/** The options "Week 1" … "Week N" of a select that picks one of the course's weeks. */
export function WeekOptions({ weekCount }: { weekCount: number }) {
  const { t } = useTranslation();
  return (
    <>
      {Array.from({ length: weekCount }, (_, index) => (
        <option key={index} value={index + 1}>
          {t('pacing:weekHeading', { week: index + 1 })}
        </option>
      ))}
    </>
  );
}
