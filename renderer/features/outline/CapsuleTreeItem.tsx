import type { FocusEventHandler, HTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineCapsule } from '../../../shared/api/outlineCalls';
import { useAppStore } from '../../state/useAppStore';
import { WeekOptions } from '../pacing/WeekOptions';
import { CapsuleMinutesField } from './CapsuleMinutesField';
import { CapsuleKindIcon } from './CapsuleKindIcon';
import { InlineTitleEditor } from './InlineTitleEditor';
import type { DropPlacement } from './outlineMoves';
import { RowActions } from './RowActions';
import { OpenCommentsMarker } from '../review/OpenCommentsMarker';

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
  /** Weeks the capsule can be placed in. */
  weekCount: number;
}

/** A capsule row: kind icon, title, kind, and its time and week, which can be set right there. */
export function CapsuleTreeItem(props: CapsuleTreeItemProps) {
  const { capsule, active, selected, renaming, rowRef, onFocus, onStartRename, onOpen, onFinishRename } = props;
  const { t } = useTranslation();
  const moveCapsuleToWeek = useAppStore((state) => state.moveCapsuleToWeek);
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
          <OpenCommentsMarker capsuleId={capsule.id} />
          <span className="tree-row__kind">{t(`outline:kind.${capsule.kind}`)}</span>{' '}
          <CapsuleMinutesField capsuleId={capsule.id} title={capsule.title} minutes={capsule.minutes} tabbable={active} />
          <select
            className="select select--compact tree-row__week"
            tabIndex={active ? 0 : -1}
            aria-label={t('outline:inline.week', { title: capsule.title })}
            value={capsule.week}
            onClick={(event) => event.stopPropagation()}
            onChange={(event) => void moveCapsuleToWeek(capsule.id, Number(event.target.value))}
          >
            <WeekOptions weekCount={Math.max(props.weekCount, capsule.week)} />
          </select>
        </span>
        <RowActions onRename={onStartRename} onDuplicate={props.onDuplicate} onDelete={props.onDelete} />
      </div>
    </li>
  );
}
