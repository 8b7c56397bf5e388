import type { CapsuleKind, Course, LiveSession, Module, WeekPlan } from '../model/course';
import { byPosition } from '../model/byPosition';
import type { CourseDocument } from '../model/courseDocument';
import { capsuleMinutes } from '../model/durations';
import { capsulesInCourseOrder } from '../model/courseOrder';
import { questionsPerCapsule } from '../quiz/answeredQuestions';

/** Day (from a week's opening day) when its activities are due, for weeks the designer has not planned yet. */
export const DEFAULT_DUE_DAY_OFFSET = 6;
/** A week up to this fraction over budget is amber; beyond it, red. */
export const OVER_BUDGET_TOLERANCE = 0.2;

/** How a week's workload compares with the weekly budget: none means no budget was set. */
export type WorkloadLevel = 'none' | 'within' | 'over' | 'far-over';

export interface BoardCapsule {
  id: string;
  moduleId: string;
  title: string;
  kind: CapsuleKind;
  minutes: number;
  week: number;
  /** Done in another week than its module's (weekOverride set). */
  moved: boolean;
}

export interface BoardWeek {
  week: number;
  plan: WeekPlan;
  /** Modules that open this week. */
  modules: Module[];
  /** Capsules done this week, in course order. */
  capsules: BoardCapsule[];
  liveSessions: LiveSession[];
  capsuleMinutes: number;
  liveMinutes: number;
  /** Learner workload: capsules (with their quizzes) and live sessions. */
  minutes: number;
  budgetMinutes: number;
  level: WorkloadLevel;
  /** The tutor's time with the learners this week (not part of their workload). */
  tutorMinutes: number;
}

export interface PacingBoard {
  weeks: BoardWeek[];
  budgetMinutes: number;
  totalMinutes: number;
  totalBudgetMinutes: number;
  overBudgetWeekCount: number;
}

export function defaultWeekPlan(week: number): WeekPlan {
  return { week, theme: '', dueDayOffset: DEFAULT_DUE_DAY_OFFSET, tutorNotes: '', tutorMinutes: null };
}

/** The tutor's time in a week: the week's own when the pacing board sets one, else the framing's weekly time. */
export function tutorMinutesOfWeek(course: Pick<Course, 'tutorMinutesPerWeek'>, plan: Pick<WeekPlan, 'tutorMinutes'> | undefined): number {
  return plan?.tutorMinutes ?? course.tutorMinutesPerWeek;
}

export function workloadLevel(minutes: number, budgetMinutes: number): WorkloadLevel {
  if (budgetMinutes <= 0) return 'none';
  if (minutes <= budgetMinutes) return 'within';
  return minutes <= budgetMinutes * (1 + OVER_BUDGET_TOLERANCE) ? 'over' : 'far-over';
}

/** Number of weeks the course spans: its planned duration, or more when items sit beyond it. */
export function courseWeekCount(doc: Pick<CourseDocument, 'course' | 'modules' | 'capsules' | 'liveSessions'>): number {
  let last = doc.course.durationWeeks;
  for (const module of doc.modules) last = Math.max(last, module.week);
  for (const capsule of doc.capsules) if (capsule.weekOverride !== null) last = Math.max(last, capsule.weekOverride);
  for (const session of doc.liveSessions) last = Math.max(last, session.week);
  return last;
}

const roundMinutes = (minutes: number): number => Math.round(minutes * 10) / 10;

/** The week-by-week view of a course: what is done when, and the learner's workload against the budget. */
export function computePacingBoard(doc: CourseDocument): PacingBoard {
  const weekCount = courseWeekCount(doc);
  const budgetMinutes = doc.course.weeklyBudgetMinutes;
  const plans = new Map(doc.weeks.map((plan) => [plan.week, plan]));
  const weeks: BoardWeek[] = [];
  for (let week = 1; week <= weekCount; week += 1) {
    const plan = plans.get(week) ?? defaultWeekPlan(week);
    weeks.push({
      week,
      plan,
      modules: [],
      capsules: [],
      liveSessions: [],
      capsuleMinutes: 0,
      liveMinutes: 0,
      minutes: 0,
      budgetMinutes,
      level: 'none',
      tutorMinutes: tutorMinutesOfWeek(doc.course, plan),
    });
  }
  const weekAt = (week: number): BoardWeek => weeks[week - 1]!;

  const modules = [...doc.modules].sort(byPosition);
  const moduleWeek = new Map(modules.map((module) => [module.id, module.week]));
  for (const module of modules) weekAt(module.week).modules.push(module);

  const questionCounts = questionsPerCapsule(doc);
  for (const capsule of capsulesInCourseOrder(doc)) {
    const homeWeek = moduleWeek.get(capsule.moduleId) ?? 1;
    const week = capsule.weekOverride ?? homeWeek;
    const minutes = capsuleMinutes(capsule, questionCounts.get(capsule.id) ?? 0);
    const column = weekAt(week);
    column.capsules.push({
      id: capsule.id,
      moduleId: capsule.moduleId,
      title: capsule.title,
      kind: capsule.kind,
      minutes,
      week,
      moved: week !== homeWeek,
    });
    column.capsuleMinutes += minutes;
  }

  const sessions = [...doc.liveSessions].sort((a, b) => a.week - b.week || a.dayOffset - b.dayOffset || a.startTime.localeCompare(b.startTime));
  for (const session of sessions) {
    const column = weekAt(session.week);
    column.liveSessions.push(session);
    column.liveMinutes += session.durationMinutes;
  }

  let totalMinutes = 0;
  let overBudgetWeekCount = 0;
  for (const column of weeks) {
    column.capsuleMinutes = roundMinutes(column.capsuleMinutes);
    column.minutes = roundMinutes(column.capsuleMinutes + column.liveMinutes);
    column.level = workloadLevel(column.minutes, budgetMinutes);
    if (column.level === 'over' || column.level === 'far-over') overBudgetWeekCount += 1;
    totalMinutes += column.minutes;
  }
  return {
    weeks,
    budgetMinutes,
    totalMinutes: roundMinutes(totalMinutes),
    totalBudgetMinutes: budgetMinutes * weekCount,
    overBudgetWeekCount,
  };
}
