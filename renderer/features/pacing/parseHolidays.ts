import { addDays } from '../../../shared/pacing/addDays';

export type ParsedHolidays = { ok: true; dates: string[] } | { ok: false; invalid: string };

/** A real calendar day as YYYY-MM-DD: "2027-02-30" is refused, although Date.parse would roll it over. */
function isCalendarDate(entry: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(entry) && !Number.isNaN(Date.parse(`${entry}T00:00:00Z`)) && addDays(entry, 0) === entry;
}

/** Holidays typed one per line (or separated by commas or spaces): sorted, without repeats; the first bad entry is reported. */
export function parseHolidays(text: string): ParsedHolidays {
  const entries = text.split(/[\s,;]+/).filter((entry) => entry !== '');
  const invalid = entries.find((entry) => !isCalendarDate(entry));
  if (invalid !== undefined) return { ok: false, invalid };
  return { ok: true, dates: [...new Set(entries)].sort() };
}
