import { describe, expect, it } from 'vitest';
import { memoizeFrozen, memoizeFrozenWith } from '../../../shared/model/memoizeFrozen';

describe('memoizeFrozen', () => {
  it('computes once per frozen argument, and every time for an argument that may still change', () => {
    let calls = 0;
    const wordsOf = memoizeFrozen((text: { value: string }) => {
      calls += 1;
      return text.value.split(' ').length;
    });
    const frozen = Object.freeze({ value: 'deux mots' });
    expect([wordsOf(frozen), wordsOf(frozen)]).toEqual([2, 2]);
    expect(calls).toBe(1);
    const mutable = { value: 'un' };
    expect(wordsOf(mutable)).toBe(1);
    mutable.value = 'trois mots ici';
    expect(wordsOf(mutable)).toBe(3);
    expect(calls).toBe(3);
  });
});

describe('memoizeFrozenWith', () => {
  it('keeps the result per frozen argument while the other arguments stay the same, and recomputes when one changes', () => {
    let calls = 0;
    const label = memoizeFrozenWith((capsule: { title: string }, moduleTitle: string, minutes: number) => {
      calls += 1;
      return `${moduleTitle} › ${capsule.title} (${minutes} min)`;
    });
    const capsule = Object.freeze({ title: 'Écoute active' });
    expect(label(capsule, 'Module 1', 5)).toBe('Module 1 › Écoute active (5 min)');
    expect(label(capsule, 'Module 1', 5)).toBe('Module 1 › Écoute active (5 min)');
    expect(calls).toBe(1);
    expect(label(capsule, 'Module renommé', 5)).toBe('Module renommé › Écoute active (5 min)');
    expect(label(capsule, 'Module renommé', 6)).toBe('Module renommé › Écoute active (6 min)');
    expect(calls).toBe(3);
    const mutable = { title: 'Brouillon' };
    label(mutable, 'Module 1', 5);
    label(mutable, 'Module 1', 5);
    expect(calls).toBe(5);
  });
});
