import { describe, expect, it } from 'vitest';
import { workloadFill } from '../../../../renderer/features/pacing/workloadFill';

describe('workloadFill', () => {
  it('fills in proportion to the budget', () => {
    expect(workloadFill(30, 120)).toBe(25);
    expect(workloadFill(120, 120)).toBe(100);
    expect(workloadFill(0, 120)).toBe(0);
  });

  it('stays full past the budget', () => {
    expect(workloadFill(300, 120)).toBe(100);
  });

  it('shows any work as full when no budget is set, and nothing as empty', () => {
    expect(workloadFill(45, 0)).toBe(100);
    expect(workloadFill(0, 0)).toBe(0);
  });
});
