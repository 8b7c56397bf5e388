import { useState } from 'react';
import { useAppStore } from '../../state/useAppStore';

/**
 * Objective–capsule link checkboxes that show a click at once; the saved link replaces it when the
 * backend answers (the store still holds only what is saved).
 */
export function useLinkToggles() {
  const setObjectiveLink = useAppStore((state) => state.setObjectiveLink);
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const keyOf = (objectiveId: string, capsuleId: string) => `${objectiveId}:${capsuleId}`;
  return {
    isLinked(objectiveId: string, capsuleId: string, saved: boolean): boolean {
      return pending.get(keyOf(objectiveId, capsuleId)) ?? saved;
    },
    async toggle(objectiveId: string, capsuleId: string, linked: boolean): Promise<void> {
      const key = keyOf(objectiveId, capsuleId);
      setPending((previous) => new Map(previous).set(key, linked));
      await setObjectiveLink(objectiveId, 'capsule', capsuleId, linked);
      setPending((previous) => {
        const next = new Map(previous);
        next.delete(key);
        return next;
      });
    },
  };
}
