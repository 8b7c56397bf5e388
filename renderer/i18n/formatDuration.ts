import type { TFunction } from 'i18next';

/** Learner time as designers say it: "45 min", "2 h", "2 h 05". Estimates are rounded to the minute. */
export function formatDuration(minutes: number, t: TFunction): string {
  const rounded = Math.max(0, Math.round(minutes));
  if (rounded < 60) return t('outline:duration.minutes', { minutes: rounded });
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (rest === 0) return t('outline:duration.hours', { hours });
  return t('outline:duration.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
}
