import { describe, expect, it } from 'vitest';
import { historyShortcut, isTextEntry } from '../../../../renderer/features/history/historyShortcut';

const key = (k: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});
const treeRow = { tagName: 'LI', isContentEditable: false };

describe('historyShortcut', () => {
  it('undoes with Ctrl+Z or Cmd+Z and redoes with Ctrl+Shift+Z or Ctrl+Y', () => {
    expect(historyShortcut(key('z', { ctrl: true }), treeRow)).toBe('undo');
    expect(historyShortcut(key('z', { meta: true }), treeRow)).toBe('undo');
    expect(historyShortcut(key('Z', { ctrl: true, shift: true }), treeRow)).toBe('redo');
    expect(historyShortcut(key('y', { ctrl: true }), null)).toBe('redo');
  });

  it('ignores other keys and combinations', () => {
    expect(historyShortcut(key('z'), treeRow)).toBeNull();
    expect(historyShortcut(key('z', { ctrl: true, alt: true }), treeRow)).toBeNull();
    expect(historyShortcut(key('y', { ctrl: true, shift: true }), treeRow)).toBeNull();
    expect(historyShortcut(key('x', { ctrl: true }), treeRow)).toBeNull();
  });

  it('leaves Ctrl+Z to text fields and the rich-text editor, which have their own undo', () => {
    expect(historyShortcut(key('z', { ctrl: true }), { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(historyShortcut(key('z', { ctrl: true }), { tagName: 'textarea' })).toBeNull();
    expect(historyShortcut(key('y', { ctrl: true }), { tagName: 'DIV', isContentEditable: true })).toBeNull();
    expect(historyShortcut(key('z', { ctrl: true }), { tagName: 'INPUT', type: 'checkbox' })).toBe('undo');
  });
});

describe('isTextEntry', () => {
  it('treats inputs without a type as text and buttons as not', () => {
    expect(isTextEntry({ tagName: 'INPUT' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
