import type { FindingTarget } from '../../../shared/checks/finding';
import type { Selection } from '../../state/workspaceSlice';

export interface FindingDestination {
  /** Id of the place to open (navigation registry). */
  place: string;
  /** What to select there, if anything. */
  selection: Selection | null;
}

/**
 * Where "go to" takes the user for a finding: the capsule or module in the outline (a question's
 * capsule), the week on the pacing board, the cohort, the objective or the framing. Null when the
 * place it needs is not in this build's navigation.
 */
export function findingDestination(target: FindingTarget, places: ReadonlySet<string>): FindingDestination | null {
  const destination = ((): FindingDestination | null => {
    switch (target.kind) {
      case 'module':
      case 'capsule':
        return { place: 'outline', selection: { kind: target.kind, id: target.id } };
      case 'question':
        return target.capsuleId ? { place: 'outline', selection: { kind: 'capsule', id: target.capsuleId } } : null;
      case 'week':
        return { place: 'pacing', selection: { kind: 'week', id: target.id } };
      case 'cohort':
        return { place: 'cohorts', selection: { kind: 'cohort', id: target.id } };
      case 'objective':
        return { place: 'objectives', selection: { kind: 'objective', id: target.id } };
      case 'course':
        return { place: 'framing', selection: null };
    }
  })();
  return destination && places.has(destination.place) ? destination : null;
}
