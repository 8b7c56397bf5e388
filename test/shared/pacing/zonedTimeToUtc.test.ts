import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/appError';
import { isValidTimeZone, zonedTimeToUtc, zoneOffsetMinutes } from '../../../shared/pacing/zonedTimeToUtc';

const iso = (epochMs: number): string => new Date(epochMs).toISOString();

describe('zonedTimeToUtc', () => {
  it('converts Paris winter and summer times with their own offsets', () => {
    expect(iso(zonedTimeToUtc('2026-01-06', '14:00', 'Europe/Paris'))).toBe('2026-01-06T13:00:00.000Z');
    expect(iso(zonedTimeToUtc('2026-07-07', '14:00', 'Europe/Paris'))).toBe('2026-07-07T12:00:00.000Z');
  });

  it('converts the days either side of the spring change differently', () => {
    expect(iso(zonedTimeToUtc('2026-03-28', '09:00', 'Europe/Paris'))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(zonedTimeToUtc('2026-03-29', '09:00', 'Europe/Paris'))).toBe('2026-03-29T07:00:00.000Z');
  });

  it('pushes a time that does not exist (spring gap) forward by the gap', () => {
    expect(iso(zonedTimeToUtc('2026-03-29', '02:30', 'Europe/Paris'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedTimeToUtc('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of a time that happens twice (autumn)', () => {
    expect(iso(zonedTimeToUtc('2026-10-25', '02:30', 'Europe/Paris'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedTimeToUtc('2026-10-25', '03:00', 'Europe/Paris'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('handles half-hour zones, zones without DST and the southern hemisphere', () => {
    expect(iso(zonedTimeToUtc('2026-01-06', '10:00', 'Asia/Kolkata'))).toBe('2026-01-06T04:30:00.000Z');
    expect(iso(zonedTimeToUtc('2026-01-06', '10:00', 'UTC'))).toBe('2026-01-06T10:00:00.000Z');
    expect(iso(zonedTimeToUtc('2026-01-06', '10:00', 'Australia/Sydney'))).toBe('2026-01-05T23:00:00.000Z');
    expect(iso(zonedTimeToUtc('2026-07-06', '10:00', 'Australia/Sydney'))).toBe('2026-07-06T00:00:00.000Z');
  });

  it('crosses midnight into the previous UTC day', () => {
    expect(iso(zonedTimeToUtc('2026-01-06', '00:30', 'Europe/Paris'))).toBe('2026-01-05T23:30:00.000Z');
  });

  it('rejects an unknown time zone with an actionable error', () => {
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(() => zonedTimeToUtc('2026-01-06', '10:00', 'Europe/Atlantis')).toThrow(AppError);
    expect(() => zonedTimeToUtc('2026-01-06', '10:00', 'Europe/Atlantis')).toThrow(/IANA name such as Europe\/Paris/);
  });
});

describe('zoneOffsetMinutes', () => {
  it('gives the offset in force at an instant', () => {
    expect(zoneOffsetMinutes(Date.parse('2026-01-06T12:00:00Z'), 'Europe/Paris')).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2026-07-06T12:00:00Z'), 'Europe/Paris')).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2026-07-06T12:00:00Z'), 'America/New_York')).toBe(-240);
  });
});
