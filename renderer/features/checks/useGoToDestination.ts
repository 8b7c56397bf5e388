import { useAppStore } from '../../state/useAppStore';
import type { FindingDestination } from './findingDestination';

/** Takes the designer to where a finding or an export blocker is fixed, with the item selected (a question open in its quiz). */
export function useGoToDestination(): (destination: FindingDestination) => void {
  const goTo = useAppStore((state) => state.goTo);
  const select = useAppStore((state) => state.select);
  const openCapsuleQuiz = useAppStore((state) => state.openCapsuleQuiz);
  return (destination) => {
    if (destination.quizCapsuleId) void openCapsuleQuiz(destination.quizCapsuleId);
    goTo(destination.place);
    if (destination.selection) select(destination.selection);
  };
}
