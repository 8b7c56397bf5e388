import { describe, expect, it } from 'vitest';
import type { PlayerProgrammeWeek } from '../../../shared/export/playerData';
import { currentProgrammeWeek, localIsoDate } from '../../../scorm-templates/player/state/currentProgrammeWeek';

const week = (number: number, opensOn: string, closesOn: string): PlayerProgrammeWeek => ({ week: number, theme: '', opensOn, closesOn, dueOn: closesOn, minutes: 45, tutorMinutes: 0, sessions: [] });
// Week 2 opens a day late after Easter Monday.
const weeks = [week(1, '2026-03-30', '2026-04-06'), week(2, '2026-04-07', '2026-04-12'), week(3, '2026-04-13', '2026-04-19')];

describe('currentProgrammeWeek', () => {
  it('highlights the first week before the start, saying it has not begun', () => {
    expect(currentProgrammeWeek(weeks, '2026-03-29')).toEqual({ index: 0, status: 'before' });
  });

  it('picks the week whose opening date has passed last, holidays included', () => {
    expect(currentProgrammeWeek(weeks, '2026-03-30')).toEqual({ index: 0, status: 'during' });
    expect(currentProgrammeWeek(weeks, '2026-04-06')).toEqual({ index: 0, status: 'during' });
    expect(currentProgrammeWeek(weeks, '2026-04-07')).toEqual({ index: 1, status: 'during' });
    expect(currentProgrammeWeek(weeks, '2026-04-19')).toEqual({ index: 2, status: 'during' });
  });

  it('keeps the last week after the end', () => {
    expect(currentProgrammeWeek(weeks, '2026-04-20')).toEqual({ index: 2, status: 'after' });
  });

  it('has nothing to highlight without weeks', () => {
    expect(currentProgrammeWeek([], '2026-04-07')).toBeNull();
  });

  it('reads the day on the learner’s own clock', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localIsoDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
