import { useTranslation } from 'react-i18next';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { LiveAnnouncer } from '../ui/LiveAnnouncer';
import { useAppStore } from '../state/useAppStore';
import { ErrorNotice } from './ErrorNotice';
import { useDesktopShell } from './useDesktopShell';
import { useDocumentTitle } from './useDocumentTitle';
import { Workspace } from './Workspace';

/** Welcome screen with no project open, else the workspace; failures show above both. The session is loaded by main.tsx. */
export function App() {
  const { t } = useTranslation();
  const session = useAppStore((state) => state.session);
  const hasProject = useAppStore((state) => Boolean(state.session?.project));
  useDocumentTitle();
  useDesktopShell();

  return (
    <>
      {session === null ? <div className="loading">{t('app:loading')}</div> : hasProject ? <Workspace /> : <WelcomeScreen />}
      <ErrorNotice />
      <LiveAnnouncer />
    </>
  );
}
