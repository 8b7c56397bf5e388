import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { FirstScreenHeight } from '../features/outline/useScreenHeight';
import { AppCrashBoundary } from './AppCrashBoundary';
import { ConnectedApp, type Opening } from './ConnectedApp';

interface AppRootProps {
  i18n: I18n;
  opening: Opening;
  /** The window height the server rendered the first screen for (see useScreenHeight). */
  screenHeight: number;
  /** Called once the app has rendered, or taken over the server's first screen, and answers. */
  onRunning?: () => void;
}

/**
 * The app's whole tree, one for the page (main.tsx) and for the server (renderer/firstScreen): the
 * page can take over what the server rendered only when both render the same tree.
 */
export function AppRoot({ i18n, opening, screenHeight, onRunning }: AppRootProps) {
  return (
    <FirstScreenHeight value={screenHeight}>
      <I18nextProvider i18n={i18n}>
        <AppCrashBoundary>
          <ConnectedApp opening={opening} {...(onRunning ? { onRunning } : {})} />
        </AppCrashBoundary>
      </I18nextProvider>
    </FirstScreenHeight>
  );
}
