import { describe, expect, it } from 'vitest';
import { parseHolidays, showHolidays } from '../../../../renderer/features/pacing/parseHolidays';

describe('parseHolidays', () => {
  it('reads one date a line in the app language’s format, sorted and without repeats', () => {
    expect(parseHolidays('05/04/2027\n29/03/2027\n\n5/4/27\n', 'fr')).toEqual({ ok: true, dates: ['2027-03-29', '2027-04-05'] });
  });

  it('accepts commas, semicolons and spaces as separators, and ISO dates', () => {
    expect(parseHolidays('01/05/2027, 08/05/2027; 2027-05-13', 'en')).toEqual({ ok: true, dates: ['2027-05-01', '2027-05-08', '2027-05-13'] });
  });

  it('is empty for an empty field', () => {
    expect(parseHolidays('  \n ', 'fr')).toEqual({ ok: true, dates: [] });
  });

  it('names the first entry that is not a real date', () => {
    expect(parseHolidays('29/03/2027\n30/02/2027', 'fr')).toEqual({ ok: false, invalid: '30/02/2027' });
    expect(parseHolidays('Pâques', 'fr')).toEqual({ ok: false, invalid: 'Pâques' });
    expect(parseHolidays('2027-13-01', 'en')).toEqual({ ok: false, invalid: '2027-13-01' });
  });

  it('shows saved holidays one a line in the field’s format', () => {
    expect(showHolidays(['2027-03-29', '2027-04-05'], 'en')).toBe('29/03/2027\n05/04/2027');
  });
});
