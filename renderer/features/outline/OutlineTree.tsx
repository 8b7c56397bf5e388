import { useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type FocusEvent, type HTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline } from '../../../shared/api/outlineCalls';
import { useAppStore, useLatestAppState } from '../../state/useAppStore';
import { announce } from '../../ui/LiveAnnouncer';
import { CapsuleTreeItem } from './CapsuleTreeItem';
import { describeOutlineMove } from './describeOutlineMove';
import { ModuleTreeItem } from './ModuleTreeItem';
import { dropMove, keyboardMove, type DropPlacement, type OutlineMove } from './outlineMoves';
import { outlineRowLabels } from './outlineRowLabels';
import { outlineRows, type OutlineRow } from './outlineRows';
import type { ShownModule } from './searchOutline';
import { treeKeyAction } from './treeKeyAction';
import { useRowWindow } from './useRowWindow';

interface OutlineTreeProps {
  outline: Outline;
  /** The modules to show (all of them, or those a search found) with their numbers in the course. */
  shown: ShownModule[];
  /** While a search filters the tree, every module is open and rows cannot be dragged. */
  filtered: boolean;
  /** A row to focus once it is rendered (e.g. one just added). */
  focusRequest: string | null;
  onFocusRequestDone(): void;
  onRequestFocus(id: string): void;
  onAddCapsule(moduleId: string): void;
  /** Told the title of what was just deleted, so the view can offer to undo it. */
  onDeleted(title: string): void;
}

type Kind = 'module' | 'capsule';

/**
 * Modules and their capsules as a flat ARIA treegrid (levels, positions and expanded state on each
 * row) with a roving tabindex: one row is in the tab order, arrows move between rows, and selection
 * follows focus so the properties panel shows that row. A capsule's time and week fields sit in
 * their own cells, beside the cell that names the row. Rows move by drag and drop or Alt+↑/↓,
 * duplicate with Ctrl+D and delete with Delete.
 *
 * Only the rows near the screen are rendered (useRowWindow), each at its known place; the row in
 * the tab order, the one being renamed or dragged and the one asked to take focus always are.
 */
export function OutlineTree({ outline, shown, filtered, focusRequest, onFocusRequestDone, onRequestFocus, onAddCapsule, onDeleted }: OutlineTreeProps) {
  const { t, i18n } = useTranslation();
  const labels = outlineRowLabels(i18n);
  const selection = useAppStore((state) => state.selection);
  const select = useAppStore((state) => state.select);
  const updateModule = useAppStore((state) => state.updateModule);
  const updateCapsule = useAppStore((state) => state.updateCapsule);
  const moveModule = useAppStore((state) => state.moveModule);
  const moveCapsule = useAppStore((state) => state.moveCapsule);
  const latestState = useLatestAppState();
  const duplicateModule = useAppStore((state) => state.duplicateModule);
  const duplicateCapsule = useAppStore((state) => state.duplicateCapsule);
  const deleteModule = useAppStore((state) => state.deleteModule);
  const deleteCapsule = useAppStore((state) => state.deleteCapsule);
  const openCapsuleEditor = useAppStore((state) => state.openCapsuleEditor);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<{ targetId: string; placement: DropPlacement } | null>(null);
  const rows = useRef(new Map<string, HTMLDivElement>());
  const list = useRef<HTMLDivElement>(null);

  const layout = useMemo(() => outlineRows(shown, (module) => filtered || !collapsed.has(module.id)), [shown, collapsed, filtered]);
  const visible = layout.rows;
  const range = useRowWindow(list, visible);
  const activeId = visible.some((item) => item.id === selection?.id) ? selection?.id : visible[0]?.id;
  const pinned = new Set([activeId, renamingId, dragged, focusRequest]);
  const rendered = visible.filter((row, index) => (index >= range.start && index < range.end) || pinned.has(row.id));

  const weekCount = Math.max(outline.course.durationWeeks, ...outline.modules.map((module) => module.week));
  const kindOf = (id: string): Kind => (outline.modules.some((module) => module.id === id) ? 'module' : 'capsule');
  const titleOf = (id: string) =>
    outline.modules.find((module) => module.id === id)?.title ??
    outline.modules.flatMap((module) => module.capsules).find((capsule) => capsule.id === id)?.title ??
    '';
  // A row off screen is not rendered: ask for it, and it takes focus once it is (scrolled into view by focus()).
  const focusRow = (id: string) => {
    const row = rows.current.get(id);
    if (row) row.focus();
    else onRequestFocus(id);
  };
  const setExpanded = (id: string, expanded: boolean) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (expanded) next.delete(id);
      else next.add(id);
      return next;
    });

  useEffect(() => {
    if (!focusRequest) return;
    const parent = outline.modules.find((module) => module.capsules.some((capsule) => capsule.id === focusRequest));
    if (parent && collapsed.has(parent.id)) {
      setExpanded(parent.id, true);
      return;
    }
    const row = rows.current.get(focusRequest);
    if (row) {
      row.focus();
      onFocusRequestDone();
    }
  }, [focusRequest, outline, collapsed, onFocusRequestDone]);

  // Arriving with a row already selected (from a finding, say), that row takes focus, which scrolls it
  // into view even when it is far down, and the place keeps that focus rather than giving it to its heading.
  useLayoutEffect(() => {
    if (selection) rows.current.get(selection.id)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the tree appears; later, focus follows the keyboard
  }, []);

  const applyMove = async (move: OutlineMove) => {
    const done = move.kind === 'module' ? await moveModule(move.id, move.toIndex) : await moveCapsule(move.id, move.moduleId, move.toIndex);
    if (!done) return;
    onRequestFocus(move.id);
    const current = latestState().outline;
    const said = current && describeOutlineMove(current, move.id, t);
    if (said) announce(said);
  };

  const duplicate = async (id: string) => {
    const copyId = kindOf(id) === 'module' ? await duplicateModule(id) : await duplicateCapsule(id);
    if (copyId) onRequestFocus(copyId);
  };

  const remove = async (id: string) => {
    const index = visible.findIndex((item) => item.id === id);
    const title = titleOf(id);
    // Focus goes to the row that takes its place, or the one above when it was the last.
    const after = visible.slice(index + 1).find((item) => item.parentId !== id) ?? visible[index - 1];
    const done = kindOf(id) === 'module' ? await deleteModule(id) : await deleteCapsule(id);
    if (!done) return;
    onDeleted(title);
    if (after) {
      select({ kind: kindOf(after.id), id: after.id });
      onRequestFocus(after.id);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).getAttribute('role') !== 'row' || !activeId) return;
    const action = treeKeyAction(visible, activeId, event.key, { alt: event.altKey, primary: event.ctrlKey || event.metaKey });
    if (!action) return;
    event.preventDefault();
    if (action.type === 'focus') focusRow(action.id);
    else if (action.type === 'expand') setExpanded(action.id, true);
    else if (action.type === 'collapse') setExpanded(action.id, false);
    else if (action.type === 'rename') setRenamingId(action.id);
    else if (action.type === 'move') {
      const move = keyboardMove(outline, action.id, action.direction);
      if (move) void applyMove(move);
    } else if (action.type === 'duplicate') void duplicate(action.id);
    else if (action.type === 'delete') void remove(action.id);
    else if (kindOf(action.id) === 'capsule') void openCapsuleEditor(action.id);
    else select({ kind: 'module', id: action.id });
  };

  const onRowFocus = (event: FocusEvent<HTMLDivElement>, kind: Kind, id: string) => {
    if (event.target === event.currentTarget && selection?.id !== id) select({ kind, id });
  };

  const finishRename = async (id: string, title: string | null, byKey: boolean) => {
    setRenamingId(null);
    if (byKey) focusRow(id);
    if (title === null) return;
    if (kindOf(id) === 'module') await updateModule(id, { title });
    else await updateCapsule(id, { title });
  };

  const rowRef = (id: string) => (element: HTMLDivElement | null) => {
    if (element) rows.current.set(id, element);
    else rows.current.delete(id);
  };

  const placementAt = (event: DragEvent<HTMLDivElement>, targetId: string): DropPlacement => {
    if (dragged && kindOf(dragged) === 'capsule' && kindOf(targetId) === 'module') return 'inside';
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };

  const dragProps = (id: string): HTMLAttributes<HTMLDivElement> => {
    if (filtered || renamingId === id) return {};
    return {
      draggable: true,
      onDragStart: (event) => {
        event.stopPropagation();
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', titleOf(id));
        setDragged(id);
      },
      onDragEnd: () => {
        setDragged(null);
        setDropAt(null);
      },
      onDragOver: (event) => {
        if (!dragged) return;
        const placement = placementAt(event, id);
        if (!dropMove(outline, dragged, id, placement)) {
          if (dropAt?.targetId === id) setDropAt(null);
          return;
        }
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (dropAt?.targetId !== id || dropAt.placement !== placement) setDropAt({ targetId: id, placement });
      },
      onDrop: (event) => {
        event.preventDefault();
        const move = dragged ? dropMove(outline, dragged, id, placementAt(event, id)) : null;
        setDragged(null);
        setDropAt(null);
        if (move) void applyMove(move);
      },
    };
  };
  const dropPlacementOf = (id: string) => (dropAt?.targetId === id ? dropAt.placement : null);

  const rowProps = (row: OutlineRow) => ({
    row,
    active: activeId === row.id,
    selected: selection?.id === row.id,
    renaming: renamingId === row.id,
    rowRef: rowRef(row.id),
    onFocus: (event: FocusEvent<HTMLDivElement>) => onRowFocus(event, row.kind, row.id),
    onStartRename: () => setRenamingId(row.id),
    onFinishRename: (title: string | null, byKey: boolean) => void finishRename(row.id, title, byKey),
    onDuplicate: () => void duplicate(row.id),
    onDelete: () => void remove(row.id),
    dragProps: dragProps(row.id),
    dropPlacement: dropPlacementOf(row.id),
    labels,
  });

  return (
    // eslint-disable-next-line jsx-a11y/interactive-supports-focus -- focus goes to its rows (roving tabindex), as in the treegrid pattern
    <div
      ref={list}
      className={`tree${dragged ? ' tree--dragging' : ''}`}
      role="treegrid"
      aria-label={t('outline:tree.label')}
      // Only some rows are in the DOM: say how many there are in all (each row gives its aria-rowindex).
      aria-rowcount={visible.length}
      onKeyDown={onKeyDown}
      data-testid="outline-tree"
      style={{ height: layout.height }}
    >
      {rendered.map((row) =>
        row.kind === 'module' ? (
          <ModuleTreeItem
            key={row.id}
            {...rowProps(row)}
            onToggle={() => setExpanded(row.id, !row.expanded)}
            onAddCapsule={() => onAddCapsule(row.id)}
          />
        ) : (
          <CapsuleTreeItem key={row.id} {...rowProps(row)} onOpen={() => void openCapsuleEditor(row.id)} weekCount={weekCount} />
        ),
      )}
    </div>
  );
}
