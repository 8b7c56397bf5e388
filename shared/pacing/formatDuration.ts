import type { Language } from '../model/course';

/** A learner-facing duration: "45 min", "1 h 15", "2 h" (French) or "1 h 15 min" (English). */
export function formatDuration(minutes: number, language: Language): string {
  const total = Math.round(minutes);
  if (total < 60) return `${total} min`;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (rest === 0) return `${hours} h`;
  const restText = String(rest).padStart(2, '0');
  return language === 'fr' ? `${hours} h ${restText}` : `${hours} h ${restText} min`;
}
