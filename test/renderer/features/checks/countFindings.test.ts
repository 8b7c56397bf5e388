import { describe, expect, it } from 'vitest';
import { countFindings } from '../../../../renderer/features/checks/countFindings';

describe('countFindings', () => {
  it('counts each severity, zero for those absent', () => {
    expect(countFindings([{ severity: 'warning' }, { severity: 'error' }, { severity: 'warning' }, { severity: 'blocks-export' }])).toEqual({ 'blocks-export': 1, error: 1, warning: 2, info: 0 });
    expect(countFindings([])).toEqual({ 'blocks-export': 0, error: 0, warning: 0, info: 0 });
  });
});
