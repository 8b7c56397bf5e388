import { describe, expect, it } from 'vitest';
import { parseMinutesOverride } from '../../../../renderer/features/editor/parseMinutesOverride';

describe('the set-time field', () => {
  it('reads whole and decimal minutes, with a point or a comma', () => {
    expect(parseMinutesOverride('8')).toBe(8);
    expect(parseMinutesOverride(' 7,5 ')).toBe(7.5);
    expect(parseMinutesOverride('0.5')).toBe(0.5);
    expect(parseMinutesOverride('1440')).toBe(1_440);
  });

  it('goes back to the estimate when emptied', () => {
    expect(parseMinutesOverride('')).toBeNull();
    expect(parseMinutesOverride('   ')).toBeNull();
  });

  it('refuses what is not a time a capsule can take', () => {
    for (const typed of ['0', '0,0', '-3', '1441', 'dix', '8 min', '1e3', '7,5,2']) expect(parseMinutesOverride(typed), typed).toBeUndefined();
  });
});
