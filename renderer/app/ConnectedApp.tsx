import { useEffect } from 'react';
import type { AppStore } from '../state/appStore';
import { StoreProvider } from '../state/StoreProvider';
import { App } from './App';

/** The page's store, or why the page could not connect (no session token), said by the crash boundary above. */
export type Opening = { store: AppStore } | { failure: unknown };

/** The app on the page's one store, whose session (and outline) main.tsx loaded before the first render. */
export function ConnectedApp({ opening, onRunning }: { opening: Opening; onRunning?: () => void }) {
  useEffect(() => {
    // A User Timing mark, read by test/bench/outlineLoad.
    performance.mark('spoc-app-running');
    onRunning?.();
  }, [onRunning]);
  if ('failure' in opening) throw opening.failure;
  return (
    <StoreProvider store={opening.store}>
      <App />
    </StoreProvider>
  );
}
