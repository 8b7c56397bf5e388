import type { Cohort, LiveSession } from '../model/course';
import { byPosition } from '../model/byPosition';
import type { CourseDocument } from '../model/courseDocument';
import { addDays, daysBetween } from './addDays';
import { courseWeekCount, defaultWeekPlan } from './computePacingBoard';
import { zonedTimeToUtc } from './zonedTimeToUtc';

/**
 * A week whose opening day falls on holidays may open up to this many days late; when the
 * holidays last longer (a Christmas break), the week and all later ones move by whole weeks
 * so the cohort keeps its weekly rhythm.
 */
export const MAX_OPENING_DELAY_DAYS = 3;
const MINUTE_MS = 60_000;

export interface CohortWeek {
  week: number;
  theme: string;
  /** Day the week opens (YYYY-MM-DD), never a holiday. */
  opensOn: string;
  /** Last day of the week: the day before the next one opens. */
  closesOn: string;
  /** Day its activities are due, never a holiday. */
  dueOn: string;
  /** Days the opening slipped past holidays (0 when on time). */
  delayDays: number;
  /** Whole weeks the course has moved so far because of long holidays. */
  skippedWeeks: number;
  moduleIds: string[];
}

export interface ScheduledSession {
  session: LiveSession;
  /** Local day of the session in the cohort's time zone. */
  date: string;
  /** Start and end as UTC instants (ISO 8601, Z). */
  startsAt: string;
  endsAt: string;
  /** Moved to a later day because its day was a holiday. */
  movedForHoliday: boolean;
  /** Sessions needed so every learner attends one (e.g. 15 coaching slots for 15 learners). */
  slotCount: number;
}

export interface CohortSchedule {
  cohort: Cohort;
  weeks: CohortWeek[];
  /** In chronological order. */
  sessions: ScheduledSession[];
  startsOn: string;
  endsOn: string;
}

/** The first day on or after `isoDate` that is not a holiday. */
function nextOpenDay(isoDate: string, holidays: ReadonlySet<string>): string {
  let day = isoDate;
  while (holidays.has(day)) day = addDays(day, 1);
  return day;
}

/** Sessions a live moment needs so each learner attends one. */
export function slotCountFor(session: Pick<LiveSession, 'capacity'>, learnerCount: number): number {
  if (session.capacity === null) return 1;
  return Math.max(1, Math.ceil(learnerCount / session.capacity));
}

/** Real dates of every week, live session and deadline of a course for one cohort. */
export function computeCohortSchedule(doc: CourseDocument, cohort: Cohort): CohortSchedule {
  const holidays = new Set(cohort.holidays);
  const weekCount = courseWeekCount(doc);
  const plans = new Map(doc.weeks.map((plan) => [plan.week, plan]));
  const modulesByWeek = new Map<number, string[]>();
  for (const module of [...doc.modules].sort(byPosition)) {
    modulesByWeek.set(module.week, [...(modulesByWeek.get(module.week) ?? []), module.id]);
  }

  const nominalStarts: string[] = [];
  const weeks: CohortWeek[] = [];
  let skippedWeeks = 0;
  for (let week = 1; week <= weekCount; week += 1) {
    let nominal = addDays(cohort.startDate, 7 * (week - 1 + skippedWeeks));
    let opensOn = nextOpenDay(nominal, holidays);
    while (daysBetween(nominal, opensOn) > MAX_OPENING_DELAY_DAYS) {
      skippedWeeks += 1;
      nominal = addDays(nominal, 7);
      opensOn = nextOpenDay(nominal, holidays);
    }
    const plan = plans.get(week) ?? defaultWeekPlan(week);
    nominalStarts.push(nominal);
    weeks.push({
      week,
      theme: plan.theme,
      opensOn,
      closesOn: addDays(nominal, 6),
      dueOn: nextOpenDay(addDays(nominal, plan.dueDayOffset), holidays),
      delayDays: daysBetween(nominal, opensOn),
      skippedWeeks,
      moduleIds: modulesByWeek.get(week) ?? [],
    });
  }
  for (let index = 0; index < weeks.length; index += 1) {
    const current = weeks[index]!;
    const next = weeks[index + 1];
    const lastDay = next ? addDays(next.opensOn, -1) : addDays(nominalStarts[index]!, 6);
    current.closesOn = lastDay < current.dueOn ? current.dueOn : lastDay;
  }

  const sessions = doc.liveSessions
    .filter((session) => session.week <= weekCount)
    .map((session): ScheduledSession => {
      const plannedDay = addDays(nominalStarts[session.week - 1]!, session.dayOffset);
      const date = nextOpenDay(plannedDay, holidays);
      const start = zonedTimeToUtc(date, session.startTime, cohort.timeZone);
      return {
        session,
        date,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + session.durationMinutes * MINUTE_MS).toISOString(),
        movedForHoliday: date !== plannedDay,
        slotCount: slotCountFor(session, cohort.learnerCount),
      };
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.session.title.localeCompare(b.session.title));

  return {
    cohort,
    weeks,
    sessions,
    startsOn: weeks[0]?.opensOn ?? cohort.startDate,
    endsOn: weeks[weeks.length - 1]?.closesOn ?? cohort.startDate,
  };
}
