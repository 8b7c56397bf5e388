import { createContext, type ReactNode } from 'react';
import type { AppStore } from './appStore';

export const StoreContext = createContext<AppStore | null>(null);

/** Hands the app's one store to every component below (tests give their own). */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}
