import type { Language } from '../../../shared/model/course';
import { formatDateField } from '../../../shared/i18n/formatDate';
import { readDateField } from '../../../shared/i18n/readDateField';

export type ParsedHolidays = { ok: true; dates: string[] } | { ok: false; invalid: string };

/**
 * Holidays typed one per line (or separated by commas, semicolons or spaces), each as a date field
 * reads it (05/04/2027, 5/4/27, 2027-04-05): sorted ISO dates without repeats; the first bad entry is reported.
 */
export function parseHolidays(text: string, language: Language): ParsedHolidays {
  const dates: string[] = [];
  for (const entry of text.split(/[\s,;]+/).filter((candidate) => candidate !== '')) {
    const reading = readDateField(entry, language);
    if (!reading.ok || reading.value === null) return { ok: false, invalid: entry };
    dates.push(reading.value);
  }
  return { ok: true, dates: [...new Set(dates)].sort() };
}

/** Saved holidays as the field shows them: one a line, in the language's date format. */
export function showHolidays(dates: readonly string[], language: Language): string {
  return dates.map((date) => formatDateField(date, language)).join('\n');
}
