import type { Language } from '../model/course';
import { dateFieldOrder, formatDateField, formatTimeField } from './formatDate';

/**
 * What a date or time field makes of what was typed: the stored value (ISO "2026-12-05", or
 * "14:30"), null for an empty field, or why it cannot be read. The fields show values through
 * formatDate.ts; this reads them back, leniently, in the same order.
 */
export type FieldReading = { ok: true; value: string | null } | { ok: false; problem: 'unreadable' | 'impossible' };

/** The day every date and time message shows as its example, so the example always has the field's own format. */
const EXAMPLE_DAY = '2026-12-05';
const EXAMPLE_TIME = '14:30';

export function dateFieldExample(language: Language): string {
  return formatDateField(EXAMPLE_DAY, language);
}

export function timeFieldExample(language: Language): string {
  return formatTimeField(EXAMPLE_TIME, language);
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A day typed in the language's order (day, month, year for fr-FR and en-GB): "05/12/2026",
 * "5/12/2026", "5-12-2026", "5.12.26", "5 12 2026" or "05122026". A two-digit year is in this
 * century (26 is 2026: courses are planned ahead, not in 1926). An ISO date ("2026-12-05", as
 * pasted from a spreadsheet or typed by habit) is read as such. 31/02 is refused, not rolled over.
 */
export function readDateField(text: string, language: Language): FieldReading {
  const typed = text.trim();
  if (typed === '') return { ok: true, value: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const groups = iso ? [iso[1], iso[2], iso[3]] : (/^(\d{2})(\d{2})(\d{4})$/.exec(typed)?.slice(1) ?? typed.split(/\s*[/.\-\s]\s*/));
  const order = iso ? (['year', 'month', 'day'] as const) : dateFieldOrder(language);
  if (groups.length !== 3 || !groups.every((group) => /^\d+$/.test(group!))) return { ok: false, problem: 'unreadable' };
  const parts = { day: '', month: '', year: '' };
  order.forEach((name, index) => (parts[name] = groups[index]!));
  if (parts.day.length > 2 || parts.month.length > 2 || (parts.year.length !== 2 && parts.year.length !== 4)) return { ok: false, problem: 'unreadable' };
  const year = Number(parts.year.length === 2 ? `20${parts.year}` : parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const value = `${year}-${pad(month)}-${pad(day)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = month >= 1 && day >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? { ok: true, value } : { ok: false, problem: 'impossible' };
}

/**
 * A time of day, in either language's habits: "14:30", "14h30", "14 h", "14.30", "1430",
 * "9:05", and the 12-hour clock with am/pm ("2:30 pm", "2pm", "12 am" is midnight). Stored 24 h.
 */
export function readTimeField(text: string): FieldReading {
  const typed = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (typed === '') return { ok: true, value: null };
  const match = /^(\d{1,2})(?: ?[:h.] ?(\d{2})?|(\d{2}))? ?(?:([ap])\.? ?m\.?)?$/.exec(typed);
  if (!match) return { ok: false, problem: 'unreadable' };
  const [, hoursText, minutesAfterSign, minutesRunOn, meridiem] = match;
  let hours = Number(hoursText);
  const minutes = Number(minutesAfterSign ?? minutesRunOn ?? 0);
  if (meridiem) {
    if (hours < 1 || hours > 12) return { ok: false, problem: 'impossible' };
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return { ok: false, problem: 'impossible' };
  return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
}
