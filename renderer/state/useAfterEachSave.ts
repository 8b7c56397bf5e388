import { useContext, useEffect, useRef } from 'react';
import type { AppState } from './appStore';
import { StoreContext } from './StoreProvider';

/** True when the last write in flight has just been saved (a burst of writes counts once). */
export function justSaved(state: Pick<AppState, 'pendingSaves' | 'saveStatus'>, previous: Pick<AppState, 'pendingSaves'>): boolean {
  return previous.pendingSaves > 0 && state.pendingSaves === 0 && state.saveStatus === 'saved';
}

/** Calls `onSaved` each time every write in flight has reached the project file, whichever feature made them. */
export function useAfterEachSave(onSaved: () => void): void {
  const store = useContext(StoreContext);
  const latest = useRef(onSaved);
  latest.current = onSaved;
  useEffect(() => {
    if (!store) return undefined;
    return store.subscribe((state, previous) => {
      if (justSaved(state, previous)) latest.current();
    });
  }, [store]);
}
