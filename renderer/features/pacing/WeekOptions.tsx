import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

// Every outline row has a week menu: its labels are made once per language and week count, not per row.
const labelsByT = new WeakMap<TFunction, Map<string, string[]>>();
function weekLabels(t: TFunction, language: string, weekCount: number): string[] {
  let byCount = labelsByT.get(t);
  if (!byCount) labelsByT.set(t, (byCount = new Map()));
  const key = `${language} ${weekCount}`;
  let labels = byCount.get(key);
  if (!labels) byCount.set(key, (labels = Array.from({ length: weekCount }, (_, index) => t('pacing:weekHeading', { week: index + 1 }))));
  return labels;
}

/** The options "Week 1" … "Week N" of a select that picks one of the course's weeks. */
export function WeekOptions({ weekCount }: { weekCount: number }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {weekLabels(t, i18n.language, weekCount).map((label, index) => (
        <option key={index} value={index + 1}>
          {label}
        </option>
      ))}
    </>
  );
}
