import { describe, expect, it } from 'vitest';
import { IsoDateSchema } from '../../../shared/model/course';

describe('IsoDateSchema', () => {
  it('accepts real calendar dates, leap days included', () => {
    for (const date of ['2027-03-15', '2028-02-29', '2026-12-31']) expect(IsoDateSchema.safeParse(date).success, date).toBe(true);
  });

  it('refuses dates that do not exist instead of rolling them over to the next month', () => {
    for (const date of ['2027-02-30', '2027-02-29', '2027-04-31', '2027-13-01', '2027-00-10']) {
      const result = IsoDateSchema.safeParse(date);
      expect(result.success, date).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/real calendar date/);
    }
  });

  it('refuses other shapes with the expected format in the message', () => {
    expect(IsoDateSchema.safeParse('15/03/2027').error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
