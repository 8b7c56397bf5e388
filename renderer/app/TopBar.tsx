import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/useAppStore';
import { Icon } from '../ui/Icon';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveIndicator } from './SaveIndicator';
import { topBarActions } from './topBarActions';

/** Course title and client, saved state, feature actions, language and close. */
export function TopBar() {
  const { t } = useTranslation();
  const title = useAppStore((state) => state.outline?.course.title ?? state.session?.project?.title ?? '');
  const client = useAppStore((state) => state.outline?.course.client ?? state.session?.project?.client ?? '');
  const closeProject = useAppStore((state) => state.closeProject);
  return (
    <header className="topbar">
      <div className="topbar__brand" aria-hidden="true">
        <span className="brand-mark">S</span>
      </div>
      <div className="topbar__course">
        <span className="topbar__title" data-testid="course-title" dir="auto">
          {title}
        </span>
        <span className="topbar__client">{client.trim() ? t('app:topBar.client', { client }) : t('app:topBar.noClient')}</span>
      </div>
      <div className="topbar__end">
        <SaveIndicator />
        {topBarActions.map((Action, index) => (
          <Action key={index} />
        ))}
        <LanguageSwitch />
        <button type="button" className="button button--ghost button--small" onClick={() => void closeProject()} data-testid="close-project">
          <Icon name="close" size={16} />
          {t('app:topBar.close')}
        </button>
      </div>
    </header>
  );
}
