import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/useAppStore';
import { Icon } from '../ui/Icon';

/** Says why the open project cannot be edited and offers to continue in a copy that can. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const reason = useAppStore((state) => state.session?.project?.readOnly ?? null);
  const saveProjectCopy = useAppStore((state) => state.saveProjectCopy);
  if (!reason) return null;
  return (
    <div className="read-only-banner" role="status" data-testid="read-only-banner">
      <Icon name="alert" size={16} />
      <p className="read-only-banner__text">{t(`app:readOnly.${reason}`)}</p>
      <button type="button" className="button button--small" onClick={() => void saveProjectCopy()}>
        {t(reason === 'damaged' ? 'app:readOnly.salvage' : 'app:readOnly.saveCopy')}
      </button>
    </div>
  );
}
