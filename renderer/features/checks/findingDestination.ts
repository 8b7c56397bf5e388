import type { FindingTarget } from '../../../shared/checks/finding';
import type { Selection } from '../../state/workspaceSlice';

export interface FindingDestination {
  /** Id of the place to open (navigation registry). */
  place: string;
  /** What to select there, if anything. */
  selection: Selection | null;
  /** For a question: the capsule whose quiz the quiz editor opens. */
  quizCapsuleId?: string;
}

/**
 * Where "go to" takes the user for a finding or an export blocker: the capsule or module in the
 * outline, a question open in its quiz, the week on the pacing board, the cohort, the objective or the framing. Null when the
 * place it needs is not in this build's navigation.
 */
export function findingDestination(target: FindingTarget, places: ReadonlySet<string>): FindingDestination | null {
  const destination = ((): FindingDestination | null => {
    switch (target.kind) {
      case 'module':
      case 'capsule':
        return { place: 'outline', selection: { kind: target.kind, id: target.id } };
      case 'question':
        return target.capsuleId ? { place: 'quiz', selection: { kind: 'question', id: target.id }, quizCapsuleId: target.capsuleId } : null;
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
