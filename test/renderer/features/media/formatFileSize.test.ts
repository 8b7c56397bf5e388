import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../../renderer/features/media/formatFileSize';
import { uiI18n } from '../../support/uiI18n';

describe('formatFileSize', () => {
  it('speaks French units with a decimal comma', () => {
    const { t } = uiI18n('fr');
    expect(formatFileSize(840, t, 'fr')).toBe('840 o');
    expect(formatFileSize(12.4 * 1024, t, 'fr')).toBe('12,4 Ko');
    expect(formatFileSize(150 * 1024, t, 'fr')).toBe('150 Ko');
    expect(formatFileSize(1.25 * 1024 ** 3, t, 'fr')).toBe('1,3 Go');
  });

  it('speaks English units, and never goes past gigabytes', () => {
    const { t } = uiI18n('en');
    expect(formatFileSize(0, t, 'en')).toBe('0 B');
    expect(formatFileSize(5.5 * 1024 ** 2, t, 'en')).toBe('5.5 MB');
    expect(formatFileSize(3 * 1024 ** 4, t, 'en')).toBe('3,072 GB');
  });
});
