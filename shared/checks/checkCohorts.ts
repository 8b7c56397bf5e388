import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

/** A cohort is big enough for interaction and small enough for individual follow-up. */
export function checkCohorts(context: CheckContext, findings: Finding[]): void {
  const { minCohortSize, maxCohortSize } = context.settings;
  for (const cohort of context.doc.cohorts) {
    if (cohort.learnerCount >= minCohortSize && cohort.learnerCount <= maxCohortSize) continue;
    const messageKey = cohort.learnerCount < minCohortSize ? 'cohortTooSmall' : 'cohortTooLarge';
    findings.push(
      makeFinding('cohort-size', messageKey, { kind: 'cohort', id: cohort.id }, {
        name: cohort.name,
        count: cohort.learnerCount,
        min: minCohortSize,
        max: maxCohortSize,
      }),
    );
  }
}
