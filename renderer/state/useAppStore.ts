import { useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState } from './appStore';
import { StoreContext } from './StoreProvider';

/** Reads one narrow piece of the store; the component re-renders only when that piece changes. */
export function useAppStore<Selected>(selector: (state: AppState) => Selected): Selected {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider above it');
  return useStore(store, selector);
}

/** Reads the store's latest state on demand (e.g. after an awaited action), without re-rendering on changes. */
export function useLatestAppState(): () => AppState {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useLatestAppState needs a StoreProvider above it');
  return store.getState;
}
