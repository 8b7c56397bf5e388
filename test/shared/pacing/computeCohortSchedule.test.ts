import { describe, expect, it } from 'vitest';
import { computeCohortSchedule, slotCountFor } from '../../../shared/pacing/computeCohortSchedule';
import { addLiveSession, addModule, buildCohort, buildTestCourse } from './buildTestCourse';

function datesRange(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

describe('computeCohortSchedule', () => {
  it('opens a week every seven days from the cohort start, each closing the day before the next', () => {
    const doc = buildTestCourse({ durationWeeks: 4 });
    const schedule = computeCohortSchedule(doc, buildCohort({ startDate: '2026-01-05' }));

    expect(schedule.weeks.map((week) => [week.opensOn, week.closesOn])).toEqual([
      ['2026-01-05', '2026-01-11'],
      ['2026-01-12', '2026-01-18'],
      ['2026-01-19', '2026-01-25'],
      ['2026-01-26', '2026-02-01'],
    ]);
    expect(schedule.startsOn).toBe('2026-01-05');
    expect(schedule.endsOn).toBe('2026-02-01');
  });

  it('keeps the weekday a cohort starts on, across month and year ends', () => {
    const doc = buildTestCourse({ durationWeeks: 3 });
    const schedule = computeCohortSchedule(doc, buildCohort({ startDate: '2025-12-17' }));

    expect(schedule.weeks.map((week) => week.opensOn)).toEqual(['2025-12-17', '2025-12-24', '2025-12-31']);
    expect(schedule.endsOn).toBe('2026-01-06');
  });

  it('puts each week’s deadline on its planned day', () => {
    const doc = buildTestCourse({ durationWeeks: 2 });
    doc.weeks.push({ week: 1, theme: '', dueDayOffset: 4, tutorNotes: '', tutorMinutes: null });
    const schedule = computeCohortSchedule(doc, buildCohort({ startDate: '2026-01-05' }));

    expect(schedule.weeks[0]!.dueOn).toBe('2026-01-09');
    expect(schedule.weeks[1]!.dueOn).toBe('2026-01-18');
  });

  it('opens a week the day after a one-day holiday and the next week on time', () => {
    const doc = buildTestCourse({ durationWeeks: 3 });
    const schedule = computeCohortSchedule(doc, buildCohort({ startDate: '2026-03-30', holidays: ['2026-04-06'] }));

    expect(schedule.weeks.map((week) => week.opensOn)).toEqual(['2026-03-30', '2026-04-07', '2026-04-13']);
    expect(schedule.weeks[1]!.delayDays).toBe(1);
    expect(schedule.weeks[0]!.closesOn).toBe('2026-04-06');
    expect(schedule.weeks[2]!.skippedWeeks).toBe(0);
  });

  it('moves the rest of the course by whole weeks past a long break', () => {
    const doc = buildTestCourse({ durationWeeks: 4 });
    const christmas = datesRange('2025-12-22', '2026-01-02');
    const schedule = computeCohortSchedule(doc, buildCohort({ startDate: '2025-12-08', holidays: christmas }));

    expect(schedule.weeks.map((week) => week.opensOn)).toEqual(['2025-12-08', '2025-12-15', '2026-01-05', '2026-01-12']);
    expect(schedule.weeks[1]!.closesOn).toBe('2026-01-04');
    expect(schedule.weeks[2]!.skippedWeeks).toBe(2);
    for (const week of schedule.weeks) {
      expect(christmas).not.toContain(week.opensOn);
      expect(christmas).not.toContain(week.dueOn);
    }
  });

  it('moves a deadline and a live session that fall on a holiday to the next open day', () => {
    const doc = buildTestCourse({ durationWeeks: 1 });
    doc.weeks.push({ week: 1, theme: '', dueDayOffset: 4, tutorNotes: '', tutorMinutes: null });
    const session = addLiveSession(doc, { week: 1, dayOffset: 3, startTime: '10:00' });
    const schedule = computeCohortSchedule(doc, buildCohort({ startDate: '2026-05-04', holidays: ['2026-05-07', '2026-05-08'] }));

    expect(schedule.weeks[0]!.dueOn).toBe('2026-05-09');
    expect(schedule.sessions[0]).toMatchObject({ session: { id: session.id }, date: '2026-05-09', movedForHoliday: true });
  });

  it('places live sessions in the cohort’s time zone on both sides of a DST change', () => {
    const doc = buildTestCourse({ durationWeeks: 2 });
    addLiveSession(doc, { week: 2, dayOffset: 1, startTime: '14:00', durationMinutes: 90 });
    addLiveSession(doc, { week: 1, dayOffset: 1, startTime: '14:00', durationMinutes: 60 });
    const schedule = computeCohortSchedule(doc, buildCohort({ startDate: '2026-03-23', timeZone: 'Europe/Paris' }));

    expect(schedule.sessions.map((scheduled) => [scheduled.date, scheduled.startsAt, scheduled.endsAt])).toEqual([
      ['2026-03-24', '2026-03-24T13:00:00.000Z', '2026-03-24T14:00:00.000Z'],
      ['2026-03-31', '2026-03-31T12:00:00.000Z', '2026-03-31T13:30:00.000Z'],
    ]);
  });

  it('gives the same wall-clock time to cohorts in different zones', () => {
    const doc = buildTestCourse({ durationWeeks: 1 });
    addLiveSession(doc, { week: 1, dayOffset: 0, startTime: '09:00' });

    const montreal = computeCohortSchedule(doc, buildCohort({ startDate: '2026-01-05', timeZone: 'America/Toronto' }));
    const paris = computeCohortSchedule(doc, buildCohort({ startDate: '2026-01-05', timeZone: 'Europe/Paris' }));

    expect(montreal.sessions[0]!.startsAt).toBe('2026-01-05T14:00:00.000Z');
    expect(paris.sessions[0]!.startsAt).toBe('2026-01-05T08:00:00.000Z');
  });

  it('lists the modules that open each week', () => {
    const doc = buildTestCourse({ durationWeeks: 2 });
    const module = addModule(doc, 'Communiquer', 2);
    const schedule = computeCohortSchedule(doc, buildCohort());

    expect(schedule.weeks[0]!.moduleIds).toEqual([]);
    expect(schedule.weeks[1]!.moduleIds).toEqual([module.id]);
  });

  it('rejects a cohort whose time zone is unknown', () => {
    const doc = buildTestCourse({ durationWeeks: 1 });
    addLiveSession(doc, { week: 1 });
    expect(() => computeCohortSchedule(doc, buildCohort({ timeZone: 'Mars/Olympus' }))).toThrow(/Unknown time zone "Mars\/Olympus"/);
  });
});

describe('slotCountFor', () => {
  it('needs one coaching slot per learner and one session for the whole cohort', () => {
    expect(slotCountFor({ capacity: 1 }, 15)).toBe(15);
    expect(slotCountFor({ capacity: 4 }, 15)).toBe(4);
    expect(slotCountFor({ capacity: null }, 15)).toBe(1);
    expect(slotCountFor({ capacity: 5 }, 0)).toBe(1);
  });
});
