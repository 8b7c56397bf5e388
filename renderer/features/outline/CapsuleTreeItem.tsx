import type { FocusEventHandler, HTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineCapsule } from '../../../shared/api/outlineCalls';
import { useAppStore } from '../../state/useAppStore';
import { CapsuleMinutesField } from './CapsuleMinutesField';
import { KindIcon } from './CapsuleKindIcon';
import { InlineTitleEditor } from './InlineTitleEditor';
import type { DropPlacement } from './outlineMoves';
import type { OutlineRowLabels } from './outlineRowLabels';
import { rowPlacement, type OutlineRow } from './outlineRows';
import { RowActions } from './RowActions';
import { RowWeekSelect } from './RowWeekSelect';
import { OpenCommentsMarker } from '../review/OpenCommentsMarker';

interface CapsuleTreeItemProps {
  row: OutlineRow;
  active: boolean;
  selected: boolean;
  renaming: boolean;
  rowRef: Ref<HTMLDivElement>;
  onFocus: FocusEventHandler<HTMLDivElement>;
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
  labels: OutlineRowLabels;
}

/**
 * A capsule row of the treegrid: kind icon, title and kind in the cell that names it, then its time
 * and week, each in a cell of its own and set right there, then its actions.
 */
export function CapsuleTreeItem(props: CapsuleTreeItemProps) {
  const { row, active, selected, renaming, rowRef, onFocus, onStartRename, onOpen, onFinishRename, labels } = props;
  const capsule = row.capsule as OutlineCapsule;
  const { t } = useTranslation();
  const moveCapsuleToWeek = useAppStore((state) => state.moveCapsuleToWeek);
  const titleId = `tree-title-${capsule.id}`;
  const metaId = `tree-meta-${capsule.id}`;
  const minutesId = `tree-minutes-${capsule.id}`;
  const weekId = `tree-week-${capsule.id}`;
  return (
    <div
      ref={rowRef}
      role="row"
      {...rowPlacement(row)}
      aria-selected={selected}
      // Named by what the row shows, in its order (WCAG 2.5.3): title, kind, time and week.
      aria-labelledby={[titleId, metaId, minutesId, `${minutesId}-unit`, weekId].join(' ')}
      tabIndex={active ? 0 : -1}
      className={`tree__item tree__item--capsule${row.posInSet === 1 ? ' tree__item--card-first' : ''}${row.lastInCard ? ' tree__item--card-end' : ''}`}
      data-testid="outline-capsule"
      onFocus={onFocus}
    >
      <div
        className={`tree-row tree-row--capsule${props.dropPlacement ? ` tree-row--drop-${props.dropPlacement}` : ''}`}
        onDoubleClick={renaming ? undefined : onOpen}
        {...props.dragProps}
      >
        <span role="gridcell" className="tree-row__main">
          <KindIcon kind={capsule.kind} label={labels.kinds[capsule.kind]} />
          {renaming ? (
            <InlineTitleEditor initialTitle={capsule.title} onFinish={onFinishRename} />
          ) : (
            <span className="tree-row__title" id={titleId} dir="auto">
              {capsule.title}
            </span>
          )}{' '}
          <span className="tree-row__meta" id={metaId}>
            <OpenCommentsMarker capsuleId={capsule.id} />
            <span className="tree-row__kind">{labels.kinds[capsule.kind]}</span>
          </span>
        </span>
        <span role="gridcell" className="tree-row__cell">
          <CapsuleMinutesField id={minutesId} capsuleId={capsule.id} title={capsule.title} minutes={capsule.minutes} tabbable={active} />
        </span>
        <span role="gridcell" className="tree-row__cell">
          <RowWeekSelect
            id={weekId}
            label={t('outline:inline.week', { title: capsule.title })}
            week={capsule.week}
            weekCount={props.weekCount}
            tabbable={active}
            onChange={(week) => void moveCapsuleToWeek(capsule.id, week)}
          />
        </span>
        <span role="gridcell" className="tree-row__cell">
          <RowActions labels={labels} onRename={onStartRename} onDuplicate={props.onDuplicate} onDelete={props.onDelete} />
        </span>
      </div>
    </div>
  );
}
