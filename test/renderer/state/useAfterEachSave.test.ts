import { describe, expect, it } from 'vitest';
import { justSaved } from '../../../renderer/state/useAfterEachSave';

describe('justSaved', () => {
  it('is true once the last write in flight has been saved', () => {
    expect(justSaved({ pendingSaves: 0, saveStatus: 'saved' }, { pendingSaves: 1 })).toBe(true);
  });

  it('waits while other writes are still in flight', () => {
    expect(justSaved({ pendingSaves: 1, saveStatus: 'saving' }, { pendingSaves: 2 })).toBe(false);
  });

  it('is false after a failed write (nothing changed in the file)', () => {
    expect(justSaved({ pendingSaves: 0, saveStatus: 'failed' }, { pendingSaves: 1 })).toBe(false);
  });

  it('ignores changes that are not the end of a write', () => {
    expect(justSaved({ pendingSaves: 0, saveStatus: 'saved' }, { pendingSaves: 0 })).toBe(false);
  });
});
