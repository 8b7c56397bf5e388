import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatInstantDay, formatTimeInZone, wallClockParts } from '../../../shared/i18n/formatDate';

const ROOT = path.resolve(__dirname, '../../..');
const THE_MODULE = 'shared/i18n/formatDate.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

describe('formatDate: dates the French and the British way, never the US way', () => {
  it('writes a calendar day in full or short', () => {
    expect(formatCalendarDate('2027-01-15', 'fr')).toBe('vendredi 15 janvier 2027');
    expect(formatCalendarDate('2027-01-15', 'en')).toMatch(/^Friday,? 15 January 2027$/);
    expect(formatCalendarDate('2027-01-15', 'fr', 'short')).toBe('ven. 15 janv.');
    expect(formatCalendarDate('2027-01-15', 'en', 'short')).toMatch(/^Fri,? 15 Jan$/);
  });

  it('writes the day of an instant with its year, and nothing for a broken one', () => {
    const noon = new Date(2026, 11, 5, 12, 0);
    expect(formatInstantDay(noon, 'fr')).toBe('5 déc. 2026');
    expect(formatInstantDay(noon.toISOString(), 'en')).toBe('5 Dec 2026');
    expect(formatInstantDay('not a date', 'en')).toBeNull();
  });

  it('writes times on the 24-hour clock in both languages', () => {
    expect(formatTimeInZone('2027-01-15T13:30:00Z', 'Europe/Paris', 'fr')).toBe('14:30');
    expect(formatTimeInZone('2027-01-15T13:30:00Z', 'Europe/Paris', 'en')).toBe('14:30');
    expect(formatTimeInZone('2027-01-15T23:05:00Z', 'Europe/London', 'en')).toBe('23:05');
  });

  it('reads a zone’s wall clock as numbers for time arithmetic', () => {
    expect(wallClockParts(Date.UTC(2027, 0, 15, 23, 30), 'Europe/Paris')).toEqual({ year: 2027, month: 1, day: 16, hour: 0, minute: 30, second: 0 });
    expect(() => wallClockParts(0, 'Mars/Olympus')).toThrow(RangeError);
  });

  it('is the only place that formats dates: no other toLocaleDateString, toLocaleTimeString or Intl.DateTimeFormat', () => {
    const elsewhere = ['shared', 'electron', 'renderer', 'scorm-templates', 'scripts']
      .flatMap(sourceFiles)
      .filter((file) => file !== THE_MODULE)
      .filter((file) => /toLocaleDateString|toLocaleTimeString|Intl\.DateTimeFormat|\.toLocaleString\(/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(elsewhere).toEqual([]);
  });
});
