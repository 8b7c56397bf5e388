import { describe, expect, it } from 'vitest';
import { formatDuration, formatIsoDuration, formatScorm12Timespan, formatTimestamp } from '../../../scorm-templates/player/scorm/formatScormTime';

describe('session time formats', () => {
  it('writes SCORM 1.2 timespans as HHHH:MM:SS.SS', () => {
    expect(formatScorm12Timespan(0)).toBe('0000:00:00.00');
    expect(formatScorm12Timespan(3_723_450)).toBe('0001:02:03.45');
    expect(formatScorm12Timespan(-5)).toBe('0000:00:00.00');
    expect(formatScorm12Timespan(10_000 * 3_600_000)).toBe('9999:59:59.99');
    expect(formatScorm12Timespan(59_999)).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  });

  it('writes SCORM 2004 durations as ISO 8601', () => {
    expect(formatIsoDuration(0)).toBe('PT0S');
    expect(formatIsoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(formatIsoDuration(3_600_000)).toBe('PT1H');
    expect(formatIsoDuration(90_000)).toBe('PT1M30S');
    expect(formatIsoDuration(100 * 3_600_000)).toBe('PT100H');
  });

  it('picks the format by version', () => {
    expect(formatDuration('1.2', 1_000)).toBe('0000:00:01.00');
    expect(formatDuration('2004', 1_000)).toBe('PT1S');
  });

  it('stamps interactions in each version’s time format', () => {
    const date = new Date(Date.UTC(2026, 10, 24, 9, 5, 7));
    expect(formatTimestamp('1.2', date)).toMatch(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
    expect(formatTimestamp('2004', date)).toBe('2026-11-24T09:05:07.0Z');
  });
});
