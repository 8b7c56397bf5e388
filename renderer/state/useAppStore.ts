import { useContext, useSyncExternalStore } from 'react';
import type { AppState } from './appStore';
import { StoreContext } from './StoreProvider';

/**
 * Reads one narrow piece of the store; the component re-renders only when that piece changes.
 * The server's render and the page's hydration read the store as it is, loaded before the first
 * render (zustand's own hook would read the state the store was created with: an empty workspace).
 */
export function useAppStore<Selected>(selector: (state: AppState) => Selected): Selected {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider above it');
  const select = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, select, select);
}

/** Reads the store's latest state on demand (e.g. after an awaited action), without re-rendering on changes. */
export function useLatestAppState(): () => AppState {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useLatestAppState needs a StoreProvider above it');
  return store.getState;
}
