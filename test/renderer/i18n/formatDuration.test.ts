import { describe, expect, it } from 'vitest';
import { uiI18n } from '../support/uiI18n';
import { formatDuration } from '../../../renderer/i18n/formatDuration';

describe('formatDuration', () => {
  const { t } = uiI18n('fr');

  it('shows minutes under an hour, rounding estimates to the minute', () => {
    expect(formatDuration(0, t)).toBe('0 min');
    expect(formatDuration(5.4, t)).toBe('5 min');
    expect(formatDuration(59.4, t)).toBe('59 min');
  });

  it('shows hours and zero-padded minutes from an hour on', () => {
    expect(formatDuration(59.6, t)).toBe('1 h');
    expect(formatDuration(65, t)).toBe('1 h 05');
    expect(formatDuration(160, t)).toBe('2 h 40');
  });

  it('never shows a negative time', () => {
    expect(formatDuration(-3, t)).toBe('0 min');
  });
});
