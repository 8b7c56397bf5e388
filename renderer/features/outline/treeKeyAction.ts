/** One row of the outline tree as the keyboard sees it (only rows currently visible). */
export interface VisibleTreeItem {
  id: string;
  /** Null for a module (top level). */
  parentId: string | null;
  /** True for a module that has capsules to show or hide. */
  expandable: boolean;
  expanded: boolean;
}

export type TreeKeyAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'rename'; id: string }
  | { type: 'activate'; id: string }
  | { type: 'move'; id: string; direction: -1 | 1 }
  | { type: 'duplicate'; id: string }
  | { type: 'delete'; id: string };

/** Modifier keys held with the key. */
export interface KeyModifiers {
  alt?: boolean;
  /** Ctrl, or Cmd on macOS. */
  primary?: boolean;
}

/**
 * What a key does in the outline tree, following the WAI-ARIA tree pattern: arrows move and
 * open/close, Home/End jump, F2 renames, Enter activates. Alt+↑/↓ moves the row, Ctrl+D duplicates
 * it, Delete deletes it. Null when the key is not the tree's.
 */
export function treeKeyAction(items: readonly VisibleTreeItem[], currentId: string, key: string, modifiers: KeyModifiers = {}): TreeKeyAction | null {
  const index = items.findIndex((item) => item.id === currentId);
  const current = items[index];
  if (!current) return items[0] ? { type: 'focus', id: items[0].id } : null;
  if (modifiers.alt) {
    if (key === 'ArrowUp') return { type: 'move', id: current.id, direction: -1 };
    if (key === 'ArrowDown') return { type: 'move', id: current.id, direction: 1 };
    return null;
  }
  if (modifiers.primary) return key.toLowerCase() === 'd' ? { type: 'duplicate', id: current.id } : null;
  const focus = (item: VisibleTreeItem | undefined): TreeKeyAction | null => (item && item.id !== currentId ? { type: 'focus', id: item.id } : null);

  switch (key) {
    case 'ArrowDown':
      return focus(items[index + 1]);
    case 'ArrowUp':
      return focus(items[index - 1]);
    case 'Home':
      return focus(items[0]);
    case 'End':
      return focus(items[items.length - 1]);
    case 'ArrowRight':
      if (current.expandable && !current.expanded) return { type: 'expand', id: current.id };
      if (current.expandable && current.expanded) return focus(items[index + 1]);
      return null;
    case 'ArrowLeft':
      if (current.expandable && current.expanded) return { type: 'collapse', id: current.id };
      return current.parentId ? { type: 'focus', id: current.parentId } : null;
    case 'F2':
      return { type: 'rename', id: current.id };
    case 'Enter':
      return { type: 'activate', id: current.id };
    case 'Delete':
      return { type: 'delete', id: current.id };
    default:
      return null;
  }
}
