import { describe, expect, it } from 'vitest';
import { weekMoveTarget } from '../../../../renderer/features/pacing/weekMoveTarget';

describe('weekMoveTarget', () => {
  it('moves one week later with Alt+→ and one week earlier with Alt+←', () => {
    expect(weekMoveTarget('ArrowRight', true, 2, 4)).toBe(3);
    expect(weekMoveTarget('ArrowLeft', true, 2, 4)).toBe(1);
  });

  it('never leaves the course’s weeks', () => {
    expect(weekMoveTarget('ArrowLeft', true, 1, 4)).toBeNull();
    expect(weekMoveTarget('ArrowRight', true, 4, 4)).toBeNull();
  });

  it('leaves plain arrows and other keys to the page', () => {
    expect(weekMoveTarget('ArrowRight', false, 2, 4)).toBeNull();
    expect(weekMoveTarget('ArrowDown', true, 2, 4)).toBeNull();
    expect(weekMoveTarget('Enter', true, 2, 4)).toBeNull();
  });
});
