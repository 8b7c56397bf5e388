import { useState } from 'react';
import { connectApi } from '../api/connectApi';
import { createAppStore } from '../state/appStore';
import { StoreProvider } from '../state/StoreProvider';
import { App } from './App';

/** Connects to the backend once; a failure to connect surfaces in the crash boundary above. */
export function ConnectedApp() {
  const [store] = useState(() => createAppStore(connectApi()));
  return (
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  );
}
