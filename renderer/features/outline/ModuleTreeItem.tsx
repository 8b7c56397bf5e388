import type { FocusEventHandler, HTMLAttributes, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../i18n/formatDuration';
import { Icon } from '../../ui/Icon';
import { ModuleSignoffBadge } from '../review/ModuleSignoffBadge';
import { InlineTitleEditor } from './InlineTitleEditor';
import type { DropPlacement } from './outlineMoves';
import type { OutlineRowLabels } from './outlineRowLabels';
import { rowPlacement, type OutlineRow } from './outlineRows';
import { RowActions } from './RowActions';

interface ModuleTreeItemProps {
  row: OutlineRow;
  /** The row in the tab order (roving tabindex). */
  active: boolean;
  selected: boolean;
  renaming: boolean;
  rowRef: Ref<HTMLDivElement>;
  onFocus: FocusEventHandler<HTMLDivElement>;
  onToggle(): void;
  onStartRename(): void;
  onFinishRename(title: string | null, byKey: boolean): void;
  onAddCapsule(): void;
  onDuplicate(): void;
  onDelete(): void;
  /** Drag and drop handlers for the row (none while the tree is filtered). */
  dragProps: HTMLAttributes<HTMLDivElement>;
  /** Where a row being dragged over this one would land. */
  dropPlacement: DropPlacement | null;
  labels: OutlineRowLabels;
}

/** A module row of the treegrid: number, title, week, capsule count and total time, then its actions. */
export function ModuleTreeItem(props: ModuleTreeItemProps) {
  const { row, active, selected, renaming } = props;
  const { module } = row;
  const { t } = useTranslation();
  const titleId = `tree-title-${module.id}`;
  // Named by what the row shows, in its order (WCAG 2.5.3), so week, count and time are read out too.
  const labelIds = [`tree-number-${module.id}`, titleId, `tree-meta-${module.id}`];
  return (
    <div
      ref={props.rowRef}
      role="row"
      {...rowPlacement(row)}
      aria-selected={selected}
      aria-labelledby={labelIds.join(' ')}
      tabIndex={active ? 0 : -1}
      className={`tree__item tree__item--module${row.lastInCard ? ' tree__item--card-end' : ''}`}
      data-testid="outline-module"
      onFocus={props.onFocus}
    >
      <div
        className={`tree-row tree-row--module${props.dropPlacement ? ` tree-row--drop-${props.dropPlacement}` : ''}`}
        onDoubleClick={props.onStartRename}
        {...props.dragProps}
      >
        <span role="gridcell" className="tree-row__main">
          <span className={`tree-row__toggle${row.expandable ? '' : ' tree-row__toggle--empty'}`} aria-hidden="true" onClick={props.onToggle}>
            <Icon name="chevron" size={16} />
          </span>
          <span className="tree-row__number" id={labelIds[0]}>
            {t('outline:module.label', { number: row.moduleNumber })}
          </span>{' '}
          {renaming ? (
            <InlineTitleEditor initialTitle={module.title} onFinish={props.onFinishRename} />
          ) : (
            <span className="tree-row__title" id={titleId} dir="auto">
              {module.title}
            </span>
          )}{' '}
          <span className="tree-row__meta" id={labelIds[2]}>
            <span className="badge">
              <Icon name="calendar" size={13} />
              {t('outline:module.week', { week: module.week })}
            </span>{' '}
            <span className="tree-row__count">{t('outline:module.capsuleCount', { count: module.capsules.length })}</span>{' '}
            <span className="tree-row__duration" data-testid="module-duration">
              {formatDuration(module.minutes, t)}
            </span>{' '}
            <ModuleSignoffBadge moduleId={module.id} />
          </span>
        </span>
        <span role="gridcell" className="tree-row__cell">
          <RowActions labels={props.labels} onRename={props.onStartRename} onAddCapsule={props.onAddCapsule} onDuplicate={props.onDuplicate} onDelete={props.onDelete} />
        </span>
      </div>
    </div>
  );
}
