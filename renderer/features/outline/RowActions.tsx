import { Icon } from '../../ui/Icon';
import type { OutlineRowLabels } from './outlineRowLabels';

interface RowActionsProps {
  labels: OutlineRowLabels;
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
export function RowActions({ labels, onRename, onDuplicate, onDelete, onAddCapsule }: RowActionsProps) {
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
      {button(labels.rename, 'pencil', onRename)}
      {onAddCapsule && button(labels.addCapsule, 'plus', onAddCapsule)}
      {button(labels.duplicate, 'copy', onDuplicate)}
      {button(labels.delete, 'trash', onDelete, true)}
    </span>
  );
}
