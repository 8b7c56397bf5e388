import { describe, expect, it } from 'vitest';
import type { Outline } from '../../../../shared/api/outlineCalls';
import { searchOutline } from '../../../../renderer/features/outline/searchOutline';

const capsule = (id: string, title: string) => ({ id, title, kind: 'video' as const, minutes: 5, week: 1 });
const module = (id: string, title: string, capsules: ReturnType<typeof capsule>[]) => ({ id, title, summary: '', week: 1, position: id, capsules, minutes: 0 });
const outline = {
  modules: [
    module('M1', 'Reconnaître une attaque', [capsule('a', 'L’hameçonnage'), capsule('b', 'Les signes')]),
    module('M2', 'Les bons réflexes', [capsule('c', 'Signaler un incident'), capsule('d', 'Quiz final')]),
  ],
} as unknown as Outline;

const shape = (found: ReturnType<typeof searchOutline>) => found.map(({ module: m, number }) => [number, m.id, m.capsules.map((c) => c.id)]);

describe('searchOutline', () => {
  it('shows everything for a blank query', () => {
    expect(shape(searchOutline(outline, '  '))).toEqual([
      [1, 'M1', ['a', 'b']],
      [2, 'M2', ['c', 'd']],
    ]);
  });

  it('keeps a matching module whole and keeps only matching capsules elsewhere, with their real module numbers', () => {
    expect(shape(searchOutline(outline, 'sign'))).toEqual([
      [1, 'M1', ['b']],
      [2, 'M2', ['c']],
    ]);
    expect(shape(searchOutline(outline, 'BONS'))).toEqual([[2, 'M2', ['c', 'd']]]);
  });

  it('ignores accents and case both ways', () => {
    expect(shape(searchOutline(outline, 'reflexes'))).toEqual([[2, 'M2', ['c', 'd']]]);
    expect(shape(searchOutline(outline, 'HAMEÇON'))).toEqual([[1, 'M1', ['a']]]);
  });

  it('finds nothing when nothing matches', () => {
    expect(searchOutline(outline, 'pare-feu')).toEqual([]);
  });
});
