import { describe, expect, it } from 'vitest';
import { dateFieldOrder, formatDateField, formatTimeField } from '../../../shared/i18n/formatDate';
import { dateFieldExample, readDateField, readTimeField, timeFieldExample } from '../../../shared/i18n/readDateField';

describe('date and time fields: shown in the app language’s format, read back leniently', () => {
  it('shows a day as dd/mm/yyyy and a time on the 24-hour clock in French and British English', () => {
    expect(formatDateField('2026-12-05', 'fr')).toBe('05/12/2026');
    expect(formatDateField('2026-12-05', 'en')).toBe('05/12/2026');
    expect(formatTimeField('14:30', 'fr')).toBe('14:30');
    expect(formatTimeField('09:05', 'en')).toBe('09:05');
    expect(dateFieldOrder('fr')).toEqual(['day', 'month', 'year']);
    expect(dateFieldOrder('en')).toEqual(['day', 'month', 'year']);
    expect(dateFieldExample('en')).toBe('05/12/2026');
    expect(timeFieldExample('fr')).toBe('14:30');
  });

  it('reads a day typed day first, with any usual separator, a short year in this century, or ISO', () => {
    for (const typed of ['05/12/2026', '5/12/2026', ' 5-12-2026 ', '5.12.26', '5 12 2026', '05122026', '2026-12-05', '5 / 12 / 2026']) {
      expect(readDateField(typed, 'fr'), typed).toEqual({ ok: true, value: '2026-12-05' });
      expect(readDateField(typed, 'en'), typed).toEqual({ ok: true, value: '2026-12-05' });
    }
    expect(readDateField('29/02/2028', 'en')).toEqual({ ok: true, value: '2028-02-29' });
    expect(readDateField('', 'fr')).toEqual({ ok: true, value: null });
  });

  it('refuses a day that is not in the calendar rather than rolling it over, and text that is not a day', () => {
    for (const typed of ['30/02/2027', '31/04/2027', '29/02/2027', '00/12/2026', '05/13/2026', '05/00/2026']) {
      expect(readDateField(typed, 'fr'), typed).toEqual({ ok: false, problem: 'impossible' });
    }
    for (const typed of ['demain', '5/12', '5/12/2026/1', '123/12/2026', '5/12/202', 'December 5, 2026', '5//12/2026', '12/5/2026 pm']) {
      expect(readDateField(typed, 'en'), typed).toEqual({ ok: false, problem: 'unreadable' });
    }
  });

  it('reads a time the French way (14h30), the British way (2:30 pm) and plainly (14:30)', () => {
    const cases: [string, string][] = [
      ['14:30', '14:30'], ['14h30', '14:30'], ['14 h 30', '14:30'], ['14h', '14:00'], ['14', '14:00'], ['9:05', '09:05'],
      ['14.30', '14:30'], ['1430', '14:30'], ['930', '09:30'], ['2:30 pm', '14:30'], ['2pm', '14:00'], ['2.30 P.M.', '14:30'],
      ['12 am', '00:00'], ['12:15 pm', '12:15'], ['0:00', '00:00'], ['23:59', '23:59'],
    ];
    for (const [typed, stored] of cases) expect(readTimeField(typed), typed).toEqual({ ok: true, value: stored });
    expect(readTimeField(' ')).toEqual({ ok: true, value: null });
  });

  it('refuses a time that is not on the clock, and text that is not a time', () => {
    for (const typed of ['24:00', '14:60', '13 pm', '0 am', '99']) expect(readTimeField(typed), typed).toEqual({ ok: false, problem: 'impossible' });
    for (const typed of ['midi', '14:3', '14:30:00', '2:30 xm', '14,30', '-1:00']) expect(readTimeField(typed), typed).toEqual({ ok: false, problem: 'unreadable' });
  });
});
