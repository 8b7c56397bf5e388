import type { FocusEventHandler, HTMLAttributes, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineModule } from '../../../shared/api/outlineCalls';
import { formatDuration } from '../../i18n/formatDuration';
import { Icon } from '../../ui/Icon';
import { ModuleSignoffBadge } from '../review/ModuleSignoffBadge';
import { InlineTitleEditor } from './InlineTitleEditor';
import type { DropPlacement } from './outlineMoves';
import { RowActions } from './RowActions';

interface ModuleTreeItemProps {
  module: OutlineModule;
  /** 1-based position shown as "Module 2". */
  number: number;
  expanded: boolean;
  /** The row in the tab order (roving tabindex). */
  active: boolean;
  selected: boolean;
  renaming: boolean;
  rowRef: Ref<HTMLLIElement>;
  onFocus: FocusEventHandler<HTMLLIElement>;
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
  children: ReactNode;
}

/** A module row (number, title, week, capsule count, total time) and its capsules below. */
export function ModuleTreeItem(props: ModuleTreeItemProps) {
  const { module, number, expanded, active, selected, renaming, children } = props;
  const { t } = useTranslation();
  const titleId = `tree-title-${module.id}`;
  // Named by what the row shows, in its order (WCAG 2.5.3), so week, count and time are read out too.
  const labelIds = [`tree-number-${module.id}`, titleId, `tree-meta-${module.id}`];
  const expandable = module.capsules.length > 0;
  return (
    <li
      ref={props.rowRef}
      role="treeitem"
      aria-level={1}
      aria-expanded={expandable ? expanded : undefined}
      aria-selected={selected}
      aria-labelledby={labelIds.join(' ')}
      tabIndex={active ? 0 : -1}
      className="tree__item tree__item--module"
      data-testid="outline-module"
      onFocus={props.onFocus}
    >
      <div
        className={`tree-row tree-row--module${props.dropPlacement ? ` tree-row--drop-${props.dropPlacement}` : ''}`}
        onDoubleClick={props.onStartRename}
        {...props.dragProps}
      >
        <span className={`tree-row__toggle${expandable ? '' : ' tree-row__toggle--empty'}`} aria-hidden="true" onClick={props.onToggle}>
          <Icon name="chevron" size={16} />
        </span>
        <span className="tree-row__number" id={labelIds[0]}>
          {t('outline:module.label', { number })}
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
        <RowActions onRename={props.onStartRename} onAddCapsule={props.onAddCapsule} onDuplicate={props.onDuplicate} onDelete={props.onDelete} />
      </div>
      {expanded && (
        <ul role="group" className="tree__group">
          {children}
        </ul>
      )}
    </li>
  );
}
