import { describe, expect, it } from 'vitest';
import { parseHolidays } from '../../../../renderer/features/pacing/parseHolidays';

describe('parseHolidays', () => {
  it('reads one date a line, sorted and without repeats', () => {
    expect(parseHolidays('2027-04-05\n2027-03-29\n\n2027-04-05\n')).toEqual({ ok: true, dates: ['2027-03-29', '2027-04-05'] });
  });

  it('accepts commas and spaces as separators', () => {
    expect(parseHolidays('2027-05-01, 2027-05-08 2027-05-13')).toEqual({ ok: true, dates: ['2027-05-01', '2027-05-08', '2027-05-13'] });
  });

  it('is empty for an empty field', () => {
    expect(parseHolidays('  \n ')).toEqual({ ok: true, dates: [] });
  });

  it('names the first entry that is not a real YYYY-MM-DD date', () => {
    expect(parseHolidays('2027-03-29\n05/04/2027')).toEqual({ ok: false, invalid: '05/04/2027' });
    expect(parseHolidays('2027-02-30')).toEqual({ ok: false, invalid: '2027-02-30' });
    expect(parseHolidays('2027-13-01')).toEqual({ ok: false, invalid: '2027-13-01' });
  });
});
