import { describe, expect, it } from 'vitest';
import { nominalWeekDates } from '../../../../renderer/features/pacing/nominalWeekDates';

describe('nominalWeekDates', () => {
  it('counts weeks from the planned start, due day included', () => {
    expect(nominalWeekDates('2027-01-11', 1, 4)).toEqual({ opensOn: '2027-01-11', dueOn: '2027-01-15' });
    expect(nominalWeekDates('2027-01-11', 4, 6)).toEqual({ opensOn: '2027-02-01', dueOn: '2027-02-07' });
  });

  it('crosses month, year and the spring clock change without losing a day', () => {
    expect(nominalWeekDates('2026-12-21', 2, 0)).toEqual({ opensOn: '2026-12-28', dueOn: '2026-12-28' });
    expect(nominalWeekDates('2026-12-21', 3, 1)).toEqual({ opensOn: '2027-01-04', dueOn: '2027-01-05' });
    expect(nominalWeekDates('2027-03-22', 2, 0)).toEqual({ opensOn: '2027-03-29', dueOn: '2027-03-29' });
  });

  it('has no dates while the course has no start date', () => {
    expect(nominalWeekDates(null, 1, 4)).toBeNull();
  });
});
