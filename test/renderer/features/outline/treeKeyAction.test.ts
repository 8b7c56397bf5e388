import { describe, expect, it } from 'vitest';
import { treeKeyAction, type VisibleTreeItem } from '../../../../renderer/features/outline/treeKeyAction';

// M1 (open) > C1, C2 ; M2 (closed, has capsules) ; M3 (empty)
const items: VisibleTreeItem[] = [
  { id: 'M1', parentId: null, expandable: true, expanded: true },
  { id: 'C1', parentId: 'M1', expandable: false, expanded: false },
  { id: 'C2', parentId: 'M1', expandable: false, expanded: false },
  { id: 'M2', parentId: null, expandable: true, expanded: false },
  { id: 'M3', parentId: null, expandable: false, expanded: false },
];

describe('treeKeyAction', () => {
  it('moves down and up through the visible rows, into and out of modules', () => {
    expect(treeKeyAction(items, 'M1', 'ArrowDown')).toEqual({ type: 'focus', id: 'C1' });
    expect(treeKeyAction(items, 'C2', 'ArrowDown')).toEqual({ type: 'focus', id: 'M2' });
    expect(treeKeyAction(items, 'M2', 'ArrowUp')).toEqual({ type: 'focus', id: 'C2' });
  });

  it('stops at both ends instead of wrapping', () => {
    expect(treeKeyAction(items, 'M3', 'ArrowDown')).toBeNull();
    expect(treeKeyAction(items, 'M1', 'ArrowUp')).toBeNull();
  });

  it('jumps to the first and last rows with Home and End', () => {
    expect(treeKeyAction(items, 'C2', 'Home')).toEqual({ type: 'focus', id: 'M1' });
    expect(treeKeyAction(items, 'C1', 'End')).toEqual({ type: 'focus', id: 'M3' });
  });

  it('opens a closed module with Right, then enters it with a second Right', () => {
    expect(treeKeyAction(items, 'M2', 'ArrowRight')).toEqual({ type: 'expand', id: 'M2' });
    expect(treeKeyAction(items, 'M1', 'ArrowRight')).toEqual({ type: 'focus', id: 'C1' });
    expect(treeKeyAction(items, 'C1', 'ArrowRight')).toBeNull();
    expect(treeKeyAction(items, 'M3', 'ArrowRight')).toBeNull();
  });

  it('closes an open module with Left, and goes from a capsule to its module', () => {
    expect(treeKeyAction(items, 'M1', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'M1' });
    expect(treeKeyAction(items, 'C2', 'ArrowLeft')).toEqual({ type: 'focus', id: 'M1' });
    expect(treeKeyAction(items, 'M2', 'ArrowLeft')).toBeNull();
  });

  it('renames with F2 and activates with Enter', () => {
    expect(treeKeyAction(items, 'C1', 'F2')).toEqual({ type: 'rename', id: 'C1' });
    expect(treeKeyAction(items, 'M3', 'Enter')).toEqual({ type: 'activate', id: 'M3' });
  });

  it('leaves other keys to the browser', () => {
    expect(treeKeyAction(items, 'C1', 'a')).toBeNull();
    expect(treeKeyAction(items, 'C1', 'Tab')).toBeNull();
  });

  it('recovers when the focused row disappeared (deleted or collapsed away)', () => {
    expect(treeKeyAction(items, 'gone', 'ArrowDown')).toEqual({ type: 'focus', id: 'M1' });
    expect(treeKeyAction([], 'gone', 'ArrowDown')).toBeNull();
  });
});

describe('treeKeyAction editing keys', () => {
  it('moves the row with Alt+↑/↓ instead of moving the focus', () => {
    expect(treeKeyAction(items, 'C1', 'ArrowDown', { alt: true })).toEqual({ type: 'move', id: 'C1', direction: 1 });
    expect(treeKeyAction(items, 'M2', 'ArrowUp', { alt: true })).toEqual({ type: 'move', id: 'M2', direction: -1 });
    expect(treeKeyAction(items, 'M2', 'ArrowLeft', { alt: true })).toBeNull();
  });

  it('duplicates with Ctrl+D and deletes with Delete', () => {
    expect(treeKeyAction(items, 'C2', 'd', { primary: true })).toEqual({ type: 'duplicate', id: 'C2' });
    expect(treeKeyAction(items, 'M1', 'Delete')).toEqual({ type: 'delete', id: 'M1' });
    expect(treeKeyAction(items, 'M1', 'ArrowDown', { primary: true })).toBeNull();
    expect(treeKeyAction(items, 'M1', 'd')).toBeNull();
  });
});
