import type { FocusEventHandler, HTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineCapsule } from '../../../shared/api/outlineCalls';
import { formatDuration } from '../../i18n/formatDuration';
import { CapsuleKindIcon } from './CapsuleKindIcon';
import { InlineTitleEditor } from './InlineTitleEditor';
import type { DropPlacement } from './outlineMoves';
import { RowActions } from './RowActions';

interface CapsuleTreeItemProps {
  capsule: OutlineCapsule;
  active: boolean;
  selected: boolean;
  renaming: boolean;
  rowRef: Ref<HTMLLIElement>;
  onFocus: FocusEventHandler<HTMLLIElement>;
  onStartRename(): void;
  /** Opens the capsule in the editor (double-click, Enter). */
  onOpen(): void;
  onFinishRename(title: string | null, byKey: boolean): void;
  onDuplicate(): void;
  onDelete(): void;
  dragProps: HTMLAttributes<HTMLDivElement>;
  dropPlacement: DropPlacement | null;
}

/** A capsule row: kind icon, title, kind and duration. */
export function CapsuleTreeItem(props: CapsuleTreeItemProps) {
  const { capsule, active, selected, renaming, rowRef, onFocus, onStartRename, onOpen, onFinishRename } = props;
  const { t } = useTranslation();
  const titleId = `tree-title-${capsule.id}`;
  const metaId = `tree-meta-${capsule.id}`;
  return (
    <li
      ref={rowRef}
      role="treeitem"
      aria-level={2}
      aria-selected={selected}
      // Named by what the row shows (WCAG 2.5.3): title, then kind and duration.
      aria-labelledby={`${titleId} ${metaId}`}
      tabIndex={active ? 0 : -1}
      className="tree__item tree__item--capsule"
      data-testid="outline-capsule"
      onFocus={onFocus}
    >
      <div
        className={`tree-row tree-row--capsule${props.dropPlacement ? ` tree-row--drop-${props.dropPlacement}` : ''}`}
        onDoubleClick={renaming ? undefined : onOpen}
        {...props.dragProps}
      >
        <CapsuleKindIcon kind={capsule.kind} />
        {renaming ? (
          <InlineTitleEditor initialTitle={capsule.title} onFinish={onFinishRename} />
        ) : (
          <span className="tree-row__title" id={titleId} dir="auto">
            {capsule.title}
          </span>
        )}{' '}
        <span className="tree-row__meta" id={metaId}>
          <span className="tree-row__kind">{t(`outline:kind.${capsule.kind}`)}</span>{' '}
          <span className="tree-row__duration">{formatDuration(capsule.minutes, t)}</span>
        </span>
        <RowActions onRename={onStartRename} onDuplicate={props.onDuplicate} onDelete={props.onDelete} />
      </div>
    </li>
  );
}
