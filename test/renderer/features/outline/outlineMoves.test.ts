import { describe, expect, it } from 'vitest';
import { dropMove, keyboardMove, type OutlineShape } from '../../../../renderer/features/outline/outlineMoves';

// M1 > a, b, c ; M2 > d ; M3 (empty)
const outline: OutlineShape = {
  modules: [
    { id: 'M1', capsules: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
    { id: 'M2', capsules: [{ id: 'd' }] },
    { id: 'M3', capsules: [] },
  ],
};

describe('keyboardMove (Alt+↑/↓)', () => {
  it('swaps a module with its neighbour and stops at both ends', () => {
    expect(keyboardMove(outline, 'M2', -1)).toEqual({ kind: 'module', id: 'M2', toIndex: 0 });
    expect(keyboardMove(outline, 'M2', 1)).toEqual({ kind: 'module', id: 'M2', toIndex: 2 });
    expect(keyboardMove(outline, 'M1', -1)).toBeNull();
    expect(keyboardMove(outline, 'M3', 1)).toBeNull();
  });

  it('moves a capsule among its siblings', () => {
    expect(keyboardMove(outline, 'b', -1)).toEqual({ kind: 'capsule', id: 'b', moduleId: 'M1', toIndex: 0 });
    expect(keyboardMove(outline, 'b', 1)).toEqual({ kind: 'capsule', id: 'b', moduleId: 'M1', toIndex: 2 });
  });

  it('moves a capsule past the last sibling into the next module, and past the first into the end of the previous one', () => {
    expect(keyboardMove(outline, 'c', 1)).toEqual({ kind: 'capsule', id: 'c', moduleId: 'M2', toIndex: 0 });
    expect(keyboardMove(outline, 'd', -1)).toEqual({ kind: 'capsule', id: 'd', moduleId: 'M1', toIndex: 3 });
    expect(keyboardMove(outline, 'd', 1)).toEqual({ kind: 'capsule', id: 'd', moduleId: 'M3', toIndex: 0 });
    expect(keyboardMove(outline, 'a', -1)).toBeNull();
  });

  it('does nothing for an id that is not in the outline', () => {
    expect(keyboardMove(outline, 'zz', 1)).toBeNull();
  });
});

describe('dropMove (drag and drop)', () => {
  it('puts a module before or after the module it is dropped on', () => {
    expect(dropMove(outline, 'M3', 'M1', 'before')).toEqual({ kind: 'module', id: 'M3', toIndex: 0 });
    expect(dropMove(outline, 'M1', 'M3', 'after')).toEqual({ kind: 'module', id: 'M1', toIndex: 2 });
    expect(dropMove(outline, 'M1', 'M2', 'after')).toEqual({ kind: 'module', id: 'M1', toIndex: 1 });
  });

  it('ignores drops that change nothing or mean nothing', () => {
    expect(dropMove(outline, 'M1', 'M2', 'before')).toBeNull();
    expect(dropMove(outline, 'M1', 'M1', 'after')).toBeNull();
    expect(dropMove(outline, 'M1', 'a', 'before')).toBeNull();
    expect(dropMove(outline, 'b', 'c', 'before')).toBeNull();
    expect(dropMove(outline, 'b', 'a', 'after')).toBeNull();
    expect(dropMove(outline, 'c', 'M1', 'inside')).toBeNull();
  });

  it('puts a capsule before or after another capsule, in that capsule’s module', () => {
    expect(dropMove(outline, 'a', 'c', 'after')).toEqual({ kind: 'capsule', id: 'a', moduleId: 'M1', toIndex: 2 });
    expect(dropMove(outline, 'c', 'a', 'before')).toEqual({ kind: 'capsule', id: 'c', moduleId: 'M1', toIndex: 0 });
    expect(dropMove(outline, 'a', 'd', 'before')).toEqual({ kind: 'capsule', id: 'a', moduleId: 'M2', toIndex: 0 });
    expect(dropMove(outline, 'a', 'd', 'after')).toEqual({ kind: 'capsule', id: 'a', moduleId: 'M2', toIndex: 1 });
  });

  it('puts a capsule dropped on a module at the end of that module, even an empty one', () => {
    expect(dropMove(outline, 'a', 'M3', 'inside')).toEqual({ kind: 'capsule', id: 'a', moduleId: 'M3', toIndex: 0 });
    expect(dropMove(outline, 'd', 'M1', 'inside')).toEqual({ kind: 'capsule', id: 'd', moduleId: 'M1', toIndex: 3 });
  });
});
