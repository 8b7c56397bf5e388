import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

interface RowActionsProps {
  onRename(): void;
  onDuplicate(): void;
  onDelete(): void;
  /** Module rows also offer to add a capsule. */
  onAddCapsule?: () => void;
}

/**
 * Buttons shown on hover for the pointer; out of the tab order because the focused row has the same
 * actions on keys (F2, Ctrl+D, Delete), which the tree's hint lists.
 */
export function RowActions({ onRename, onDuplicate, onDelete, onAddCapsule }: RowActionsProps) {
  const { t } = useTranslation();
  const button = (label: string, icon: 'pencil' | 'plus' | 'copy' | 'trash', onClick: () => void, danger = false) => (
    <button
      type="button"
      tabIndex={-1}
      className={`icon-button${danger ? ' icon-button--danger' : ''}`}
      aria-label={label}
      title={label}
      onClick={(event) => {
        event.stopPropagation();
        onClick();
      }}
    >
      <Icon name={icon} size={15} />
    </button>
  );
  return (
    <span className="tree-row__actions">
      {button(t('outline:rename'), 'pencil', onRename)}
      {onAddCapsule && button(t('outline:addCapsule.toModule'), 'plus', onAddCapsule)}
      {button(t('outline:duplicate'), 'copy', onDuplicate)}
      {button(t('outline:delete'), 'trash', onDelete, true)}
    </span>
  );
}
