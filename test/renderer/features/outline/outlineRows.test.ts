import { describe, expect, it } from 'vitest';
import type { Outline } from '../../../../shared/api/outlineCalls';
import { outlineRows, rowIndexAt, ROW_LAYOUT } from '../../../../renderer/features/outline/outlineRows';
import { searchOutline } from '../../../../renderer/features/outline/searchOutline';

const capsule = (id: string) => ({ id, title: id, kind: 'video' as const, minutes: 5, week: 1 });
const module = (id: string, capsules: ReturnType<typeof capsule>[]) => ({ id, title: id, summary: '', week: 1, position: id, capsules, minutes: 0 });
// M1 > a, b ; M2 (closed) > c ; M3 (empty)
const outline = { modules: [module('M1', [capsule('a'), capsule('b')]), module('M2', [capsule('c')]), module('M3', [])] } as unknown as Outline;
const { rows, height } = outlineRows(searchOutline(outline, ''), (shown) => shown.id !== 'M2');

describe('outlineRows', () => {
  it('lists the rows a screen reader walks through, each with its level, position and open state', () => {
    expect(rows.map((row) => [row.id, row.level, `${row.posInSet}/${row.setSize}`, row.expandable, row.expanded])).toEqual([
      ['M1', 1, '1/3', true, true],
      ['a', 2, '1/2', false, false],
      ['b', 2, '2/2', false, false],
      ['M2', 1, '2/3', true, false],
      ['M3', 1, '3/3', false, false],
    ]);
    expect(rows.filter((row) => row.lastInCard).map((row) => row.id)).toEqual(['b', 'M2', 'M3']);
    expect(rows.map((row) => row.rowIndex)).toEqual([1, 2, 3, 4, 5]);
  });

  it('places every row without rendering it: fixed heights, card insets and gaps between cards', () => {
    const { module: moduleHeight, capsule: capsuleHeight, capsuleInset, cardEnd, gap } = ROW_LAYOUT;
    const firstCard = moduleHeight + 2 * capsuleHeight + 2 * capsuleInset + cardEnd;
    expect(rows.map((row) => [row.top, row.height])).toEqual([
      [0, moduleHeight],
      [moduleHeight, capsuleHeight + capsuleInset],
      [moduleHeight + capsuleHeight + capsuleInset, capsuleHeight + capsuleInset + cardEnd],
      [firstCard + gap, moduleHeight],
      [firstCard + 2 * gap + moduleHeight, moduleHeight],
    ]);
    expect(height).toBe(firstCard + 2 * gap + 2 * moduleHeight);
  });

  it('finds the first row reaching an offset, for the window of rendered rows', () => {
    expect(rowIndexAt(rows, -100)).toBe(0);
    expect(rowIndexAt(rows, 0)).toBe(0);
    expect(rowIndexAt(rows, ROW_LAYOUT.module - 1)).toBe(0);
    expect(rowIndexAt(rows, ROW_LAYOUT.module)).toBe(1);
    expect(rowIndexAt(rows, rows[3]!.top - 1)).toBe(3);
    expect(rowIndexAt(rows, height + 500)).toBe(rows.length);
  });
});
