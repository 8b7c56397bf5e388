import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import { useAppStore } from '../state/useAppStore';
import { Icon } from '../ui/Icon';

/** Shows the backend's actionable message for the last failure until the user dismisses it. */
export function ErrorNotice() {
  const { t } = useTranslation();
  const error = useAppStore((state) => state.error);
  const dismissError = useAppStore((state) => state.dismissError);
  const lockedProjectPath = useAppStore((state) => state.lockedProjectPath);
  const openProject = useAppStore((state) => state.openProject);
  if (!error) return null;
  return (
    <div className="notice error-notice" role="alert">
      <Icon name="alert" />
      <div className="notice__body">
        <p className="notice__title">{t('app:error.title')}</p>
        <p>{errorMessage(error, t)}</p>
        {error.code === 'locked' && lockedProjectPath !== null && (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              dismissError();
              void openProject(lockedProjectPath, { readOnly: true });
            }}
          >
            {t('app:readOnly.openReadOnly')}
          </button>
        )}
      </div>
      <button type="button" className="icon-button" aria-label={t('app:error.dismiss')} onClick={dismissError}>
        <Icon name="close" />
      </button>
    </div>
  );
}
