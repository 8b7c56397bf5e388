import { useState } from 'react';
import { createAppStore } from '../state/appStore';
import { StoreProvider } from '../state/StoreProvider';
import { pageApi } from '../pageStart';
import { App } from './App';

/** Connects to the backend once (the page's client, its first reads under way); a failure to connect surfaces in the crash boundary above. */
export function ConnectedApp() {
  const [store] = useState(() => createAppStore(pageApi()));
  return (
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  );
}
