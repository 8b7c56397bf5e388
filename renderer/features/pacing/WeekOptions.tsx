import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

// Every outline row has a week menu: its labels are made once per language and week count, not per row
// (each component gets its own `t`, so they are kept by the i18n instance).
const labelsByI18n = new WeakMap<I18n, Map<string, string[]>>();
function weekLabels(i18n: I18n, weekCount: number): string[] {
  let byCount = labelsByI18n.get(i18n);
  if (!byCount) labelsByI18n.set(i18n, (byCount = new Map()));
  const key = `${i18n.language} ${weekCount}`;
  let labels = byCount.get(key);
  if (!labels) byCount.set(key, (labels = Array.from({ length: weekCount }, (_, index) => i18n.t('pacing:weekHeading', { week: index + 1 }))));
  return labels;
}

/** The options "Week 1" … "Week N" of a select that picks one of the course's weeks. */
export function WeekOptions({ weekCount }: { weekCount: number }) {
  const { i18n } = useTranslation();
  return (
    <>
      {weekLabels(i18n, weekCount).map((label, index) => (
        <option key={index} value={index + 1}>
          {label}
        </option>
      ))}
    </>
  );
}
