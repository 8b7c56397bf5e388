import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outline } from '../../../shared/api/outlineCalls';
import { useAppStore } from '../../state/useAppStore';
import { CapsuleTreeItem } from './CapsuleTreeItem';
import { ModuleTreeItem } from './ModuleTreeItem';
import { treeKeyAction, type VisibleTreeItem } from './treeKeyAction';

interface OutlineTreeProps {
  outline: Outline;
  /** A row to focus once it is rendered (e.g. one just added). */
  focusRequest: string | null;
  onFocusRequestDone(): void;
  onAddCapsule(moduleId: string): void;
}

/**
 * Modules and their capsules as an ARIA tree with a roving tabindex: one row is in the tab order,
 * arrows move between rows, and selection follows focus so the properties panel shows that row.
 */
export function OutlineTree({ outline, focusRequest, onFocusRequestDone, onAddCapsule }: OutlineTreeProps) {
  const { t } = useTranslation();
  const selection = useAppStore((state) => state.selection);
  const select = useAppStore((state) => state.select);
  const updateModule = useAppStore((state) => state.updateModule);
  const updateCapsule = useAppStore((state) => state.updateCapsule);
  const openCapsuleEditor = useAppStore((state) => state.openCapsuleEditor);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());

  const visible = useMemo<VisibleTreeItem[]>(
    () =>
      outline.modules.flatMap((module) => {
        const expandable = module.capsules.length > 0;
        const expanded = expandable && !collapsed.has(module.id);
        const moduleItem: VisibleTreeItem = { id: module.id, parentId: null, expandable, expanded };
        const capsuleItems = expanded ? module.capsules.map((capsule) => ({ id: capsule.id, parentId: module.id, expandable: false, expanded: false })) : [];
        return [moduleItem, ...capsuleItems];
      }),
    [outline, collapsed],
  );
  const activeId = visible.some((item) => item.id === selection?.id) ? selection?.id : visible[0]?.id;

  const kindOf = (id: string) => (visible.find((item) => item.id === id)?.parentId === null ? 'module' : 'capsule');
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

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if ((event.target as HTMLElement).getAttribute('role') !== 'treeitem' || !activeId) return;
    const action = treeKeyAction(visible, activeId, event.key);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'focus') focusRow(action.id);
    else if (action.type === 'expand') setExpanded(action.id, true);
    else if (action.type === 'collapse') setExpanded(action.id, false);
    else if (action.type === 'rename') setRenamingId(action.id);
    else if (kindOf(action.id) === 'capsule') void openCapsuleEditor(action.id);
    else select({ kind: 'module', id: action.id });
  };

  const onRowFocus = (event: FocusEvent<HTMLLIElement>, kind: 'module' | 'capsule', id: string) => {
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

  return (
    <ul className="tree" role="tree" aria-label={t('outline:tree.label')} onKeyDown={onKeyDown} data-testid="outline-tree">
      {outline.modules.map((module, index) => {
        const expanded = module.capsules.length > 0 && !collapsed.has(module.id);
        return (
          <ModuleTreeItem
            key={module.id}
            module={module}
            number={index + 1}
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
              />
            ))}
          </ModuleTreeItem>
        );
      })}
    </ul>
  );
}
