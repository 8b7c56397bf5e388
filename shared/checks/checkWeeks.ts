import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

const ACTIVITY_KINDS = new Set(['activity', 'interactive', 'live-session']);

/** Each week stays within the learner's budget and holds something to do and something that assesses. */
export function checkWeeks(context: CheckContext, findings: Finding[]): void {
  for (const week of context.board.weeks) {
    const target = { kind: 'week' as const, id: String(week.week) };
    if (week.level === 'over' || week.level === 'far-over') {
      findings.push(makeFinding('week-over-budget', 'weekOverBudget', target, { week: week.week, minutes: week.minutes, budget: week.budgetMinutes }));
    }
    const hasActivity = week.liveSessions.length > 0 || week.capsules.some((capsule) => ACTIVITY_KINDS.has(capsule.kind));
    if (!hasActivity) findings.push(makeFinding('week-without-activity', 'weekWithoutActivity', target, { week: week.week }));
    const hasAssessment = week.capsules.some(
      (capsule) => capsule.kind === 'assessment' || (context.questionCounts.get(capsule.id) ?? 0) > 0,
    );
    if (!hasAssessment) findings.push(makeFinding('week-without-assessment', 'weekWithoutAssessment', target, { week: week.week }));
  }
}
