import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';

/** Says what was just deleted and offers to bring it back (the project-wide undo). */
export function DeletedNotice({ title, onClose }: { title: string; onClose(): void }) {
  const { t } = useTranslation();
  const undo = useAppStore((state) => state.undo);
  return (
    <div className="deleted-notice" role="status" data-testid="deleted-notice">
      <Icon name="trash" size={16} />
      <span className="deleted-notice__text">{t('outline:deleted', { title })}</span>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          onClose();
          void undo();
        }}
      >
        <Icon name="undo" size={15} />
        {t('outline:deleted.undo')}
      </button>
      <button type="button" className="icon-button" aria-label={t('outline:deleted.dismiss')} title={t('outline:deleted.dismiss')} onClick={onClose}>
        <Icon name="close" size={15} />
      </button>
    </div>
  );
}
