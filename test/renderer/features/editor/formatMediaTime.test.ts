import { describe, expect, it } from 'vitest';
import { formatMediaTime } from '../../../../renderer/features/editor/formatMediaTime';
import { uiI18n } from '../../support/uiI18n';

const fr = uiI18n('fr').t;
const en = uiI18n('en').t;

describe('media and speaking times', () => {
  it('says seconds under a minute, then minutes and seconds', () => {
    expect(formatMediaTime(40, fr)).toBe('40 s');
    expect(formatMediaTime(60, fr)).toBe('1 min');
    expect(formatMediaTime(340, fr)).toBe('5 min 40');
    expect(formatMediaTime(305, fr)).toBe('5 min 05');
  });

  it('says hours past an hour and rounds to the second', () => {
    expect(formatMediaTime(3_900, fr)).toBe('1 h 05');
    expect(formatMediaTime(59.6, en)).toBe('1 min');
    expect(formatMediaTime(-3, en)).toBe('0 s');
  });
});
