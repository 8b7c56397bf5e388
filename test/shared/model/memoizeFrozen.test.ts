import { describe, expect, it } from 'vitest';
import { memoizeFrozen } from '../../../shared/model/memoizeFrozen';

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
