import { useEffect, useMemo, useRef, useState, type DragEvent, type FocusEvent, type HTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline } from '../../../shared/api/outlineCalls';
import { useAppStore, useLatestAppState } from '../../state/useAppStore';
import { announce } from '../../ui/LiveAnnouncer';
import { CapsuleTreeItem } from './CapsuleTreeItem';
import { describeOutlineMove } from './describeOutlineMove';
import { ModuleTreeItem } from './ModuleTreeItem';
import { dropMove, keyboardMove, type DropPlacement, type OutlineMove } from './outlineMoves';
import type { ShownModule } from './searchOutline';
import { treeKeyAction, type VisibleTreeItem } from './treeKeyAction';

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
 * Modules and their capsules as an ARIA tree with a roving tabindex: one row is in the tab order,
 * arrows move between rows, and selection follows focus so the properties panel shows that row.
 * Rows move by drag and drop or Alt+↑/↓, duplicate with Ctrl+D and delete with Delete.
 */
export function OutlineTree({ outline, shown, filtered, focusRequest, onFocusRequestDone, onRequestFocus, onAddCapsule, onDeleted }: OutlineTreeProps) {
  const { t } = useTranslation();
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
  const rows = useRef(new Map<string, HTMLLIElement>());

  const isExpanded = (module: ShownModule['module']) => module.capsules.length > 0 && (filtered || !collapsed.has(module.id));
  const visible = useMemo<VisibleTreeItem[]>(
    () =>
      shown.flatMap(({ module }) => {
        const expandable = module.capsules.length > 0;
        const expanded = expandable && (filtered || !collapsed.has(module.id));
        const moduleItem: VisibleTreeItem = { id: module.id, parentId: null, expandable, expanded };
        const capsuleItems = expanded ? module.capsules.map((capsule) => ({ id: capsule.id, parentId: module.id, expandable: false, expanded: false })) : [];
        return [moduleItem, ...capsuleItems];
      }),
    [shown, collapsed, filtered],
  );
  const activeId = visible.some((item) => item.id === selection?.id) ? selection?.id : visible[0]?.id;

  const weekCount = Math.max(outline.course.durationWeeks, ...outline.modules.map((module) => module.week));
  const kindOf = (id: string): Kind => (outline.modules.some((module) => module.id === id) ? 'module' : 'capsule');
  const titleOf = (id: string) =>
    outline.modules.find((module) => module.id === id)?.title ??
    outline.modules.flatMap((module) => module.capsules).find((capsule) => capsule.id === id)?.title ??
    '';
  const focusRow = (id: string) => rows.current.get(id)?.focus();
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
    if (rows.current.has(focusRequest)) {
      focusRow(focusRequest);
      onFocusRequestDone();
    }
  }, [focusRequest, outline, collapsed, onFocusRequestDone]);

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

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if ((event.target as HTMLElement).getAttribute('role') !== 'treeitem' || !activeId) return;
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

  const onRowFocus = (event: FocusEvent<HTMLLIElement>, kind: Kind, id: string) => {
    if (event.target === event.currentTarget && selection?.id !== id) select({ kind, id });
  };

  const finishRename = async (id: string, title: string | null, byKey: boolean) => {
    setRenamingId(null);
    if (byKey) focusRow(id);
    if (title === null) return;
    if (kindOf(id) === 'module') await updateModule(id, { title });
    else await updateCapsule(id, { title });
  };

  const rowRef = (id: string) => (element: HTMLLIElement | null) => {
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

  return (
    <ul
      className={`tree${dragged ? ' tree--dragging' : ''}`}
      role="tree"
      aria-label={t('outline:tree.label')}
      onKeyDown={onKeyDown}
      data-testid="outline-tree"
    >
      {shown.map(({ module, number }) => {
        const expanded = isExpanded(module);
        return (
          <ModuleTreeItem
            key={module.id}
            module={module}
            number={number}
            expanded={expanded}
            active={activeId === module.id}
            selected={selection?.id === module.id}
            renaming={renamingId === module.id}
            rowRef={rowRef(module.id)}
            onFocus={(event) => onRowFocus(event, 'module', module.id)}
            onToggle={() => setExpanded(module.id, !expanded)}
            onStartRename={() => setRenamingId(module.id)}
            onFinishRename={(title, byKey) => void finishRename(module.id, title, byKey)}
            onAddCapsule={() => onAddCapsule(module.id)}
            onDuplicate={() => void duplicate(module.id)}
            onDelete={() => void remove(module.id)}
            dragProps={dragProps(module.id)}
            dropPlacement={dropPlacementOf(module.id)}
          >
            {module.capsules.map((capsule) => (
              <CapsuleTreeItem
                key={capsule.id}
                capsule={capsule}
                active={activeId === capsule.id}
                selected={selection?.id === capsule.id}
                renaming={renamingId === capsule.id}
                rowRef={rowRef(capsule.id)}
                onFocus={(event) => onRowFocus(event, 'capsule', capsule.id)}
                onStartRename={() => setRenamingId(capsule.id)}
                onOpen={() => void openCapsuleEditor(capsule.id)}
                onFinishRename={(title, byKey) => void finishRename(capsule.id, title, byKey)}
                onDuplicate={() => void duplicate(capsule.id)}
                onDelete={() => void remove(capsule.id)}
                dragProps={dragProps(capsule.id)}
                dropPlacement={dropPlacementOf(capsule.id)}
                weekCount={weekCount}
              />
            ))}
          </ModuleTreeItem>
        );
      })}
    </ul>
  );
}
