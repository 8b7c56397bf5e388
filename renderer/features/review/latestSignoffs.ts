import type { ReviewOverview } from '../../../shared/api/reviewCalls';
import type { ModuleSignoff } from '../../../shared/model/review';

/** Each module's decisions in the latest round that has any for it (one per reviewer). */
export function latestSignoffs(overview: Pick<ReviewOverview, 'rounds' | 'signoffs'>): Map<string, (ModuleSignoff & { roundNumber: number })[]> {
  const numberOf = new Map(overview.rounds.map((round) => [round.id, round.number]));
  const latest = new Map<string, (ModuleSignoff & { roundNumber: number })[]>();
  for (const signoff of overview.signoffs) {
    const roundNumber = numberOf.get(signoff.roundId) ?? 0;
    const current = latest.get(signoff.moduleId);
    if (!current || current[0]!.roundNumber < roundNumber) latest.set(signoff.moduleId, [{ ...signoff, roundNumber }]);
    else if (current[0]!.roundNumber === roundNumber) current.push({ ...signoff, roundNumber });
  }
  return latest;
}

/** Approved when every reviewer of the latest round with a decision approved it. */
export function isApproved(signoffs: readonly ModuleSignoff[] | undefined): boolean {
  return signoffs !== undefined && signoffs.length > 0 && signoffs.every((signoff) => signoff.decision === 'approved');
}
