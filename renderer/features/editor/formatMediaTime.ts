import type { TFunction } from 'i18next';

/** A media or speaking time to the second, as designers say it: "40 s", "5 min", "5 min 40", "1 h 05". */
export function formatMediaTime(totalSeconds: number, t: TFunction): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return t('editor:time.seconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes >= 60) return t('editor:time.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
  if (rest === 0) return t('editor:time.minutes', { minutes });
  return t('editor:time.minutesSeconds', { minutes, seconds: String(rest).padStart(2, '0') });
}
