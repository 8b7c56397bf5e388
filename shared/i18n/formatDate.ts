import type { Language } from '../model/course';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A calendar day in the course's language: "lundi 5 janvier 2026" (long) or "lun. 5 janv." (short). */
export function formatCalendarDate(isoDate: string, language: Language, style: 'long' | 'short' = 'long'): string {
  const formatter = formatterFor(`${language}:${style}`, () =>
    new Intl.DateTimeFormat(LOCALES[language], {
      timeZone: 'UTC',
      weekday: style,
      day: 'numeric',
      month: style,
      ...(style === 'long' ? { year: 'numeric' } : {}),
    }),
  );
  return formatter.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Wall-clock time of an instant in a time zone, 24 h: "14:00". */
export function formatTimeInZone(isoInstant: string, timeZone: string, language: Language): string {
  const formatter = formatterFor(`${language}:time:${timeZone}`, () =>
    new Intl.DateTimeFormat(LOCALES[language], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  );
  return formatter.format(new Date(isoInstant));
}
