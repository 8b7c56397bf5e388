import type { Language } from '../model/course';

/**
 * The one place dates and times are written for people, in every room (app, player, review pack,
 * storyboard, programme, CLI): French as in France, English as in Britain (day before month, 24-hour
 * clock), never the US order whatever the system's locale.
 */
export const DATE_LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A calendar day (ISO "2026-01-05") in a language: "lundi 5 janvier 2026" (long) or "lun. 5 janv." (short). */
export function formatCalendarDate(isoDate: string, language: Language, style: 'long' | 'short' = 'long'): string {
  const formatter = formatterFor(`${language}:${style}`, () =>
    new Intl.DateTimeFormat(DATE_LOCALES[language], {
      timeZone: 'UTC',
      weekday: style,
      day: 'numeric',
      month: style,
      ...(style === 'long' ? { year: 'numeric' } : {}),
    }),
  );
  return formatter.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The day of an instant on this computer's clock, with its year: "5 déc. 2026", "5 Dec 2026" (a file added, a project saved). */
export function formatInstantDay(instant: string | number | Date, language: Language): string | null {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  return formatterFor(`${language}:instant-day`, () => new Intl.DateTimeFormat(DATE_LOCALES[language], { day: 'numeric', month: 'short', year: 'numeric' })).format(date);
}

/** Wall-clock time of an instant in a time zone, 24 h: "14:00". */
export function formatTimeInZone(isoInstant: string, timeZone: string, language: Language): string {
  const formatter = formatterFor(`${language}:time:${timeZone}`, () =>
    new Intl.DateTimeFormat(DATE_LOCALES[language], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  );
  return formatter.format(new Date(isoInstant));
}

/** A calendar day (ISO "2026-12-05") as a date field shows it: "05/12/2026" in French and in British English. */
export function formatDateField(isoDate: string, language: Language): string {
  return dateFieldFormatter(language).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The order in which the language's date field takes day, month and year, read from that same format. */
export function dateFieldOrder(language: Language): ('day' | 'month' | 'year')[] {
  return dateFieldFormatter(language)
    .formatToParts(new Date(0))
    .map((part) => part.type)
    .filter((type): type is 'day' | 'month' | 'year' => type === 'day' || type === 'month' || type === 'year');
}

function dateFieldFormatter(language: Language): Intl.DateTimeFormat {
  return formatterFor(`${language}:field`, () => new Intl.DateTimeFormat(DATE_LOCALES[language], { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }));
}

/** A time of day ("14:30", as stored) as a time field shows it: "14:30", 24 h in both languages. */
export function formatTimeField(timeOfDay: string, language: Language): string {
  return formatTimeInZone(`1970-01-01T${timeOfDay}:00Z`, 'UTC', language);
}

/**
 * The wall clock of a time zone at an instant, as numbers (year, month, day, hour, minute, second),
 * for time-zone arithmetic rather than for display. Throws a RangeError for an unknown zone.
 */
export function wallClockParts(epochMs: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const formatter = formatterFor(`parts:${timeZone}`, () =>
    new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }),
  );
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(new Date(epochMs))) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  }
  return parts;
}
