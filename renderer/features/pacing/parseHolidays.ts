import { IsoDateSchema } from '../../../shared/model/course';

export type ParsedHolidays = { ok: true; dates: string[] } | { ok: false; invalid: string };

/** Holidays typed one per line (or separated by commas or spaces): sorted, without repeats; the first bad entry is reported. */
export function parseHolidays(text: string): ParsedHolidays {
  const entries = text.split(/[\s,;]+/).filter((entry) => entry !== '');
  const invalid = entries.find((entry) => !IsoDateSchema.safeParse(entry).success);
  if (invalid !== undefined) return { ok: false, invalid };
  return { ok: true, dates: [...new Set(entries)].sort() };
}
