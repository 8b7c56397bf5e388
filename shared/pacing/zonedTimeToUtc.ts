import { AppError } from '../api/appError';
import { wallClockParts } from '../i18n/formatDate';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** True when the runtime knows this IANA time zone (e.g. "Europe/Paris"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    wallClockParts(0, timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes the zone's wall clock is ahead of UTC at this instant (+60 for Paris in winter). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const parts = wallClockParts(epochMs, timeZone);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / MINUTE_MS);
}

/**
 * The UTC instant (epoch ms) at which a wall-clock date and time happen in a time zone.
 * Around DST changes it behaves like Temporal's "compatible" choice: a time that happens twice
 * (autumn) is the first one; a time that never happens (spring) is pushed forward by the gap.
 */
export function zonedTimeToUtc(isoDate: string, timeOfDay: string, timeZone: string): number {
  if (!isValidTimeZone(timeZone)) {
    throw new AppError('invalid-input', `Unknown time zone "${timeZone}": use an IANA name such as Europe/Paris.`);
  }
  const [year, month, day] = isoDate.split('-').map(Number);
  const [hour, minute] = timeOfDay.split(':').map(Number);
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const offsetBefore = zoneOffsetMinutes(wall - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMinutes(wall + DAY_MS, timeZone);
  const candidates = [wall - offsetBefore * MINUTE_MS, wall - offsetAfter * MINUTE_MS].filter(
    (instant) => instant + zoneOffsetMinutes(instant, timeZone) * MINUTE_MS === wall,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - offsetBefore * MINUTE_MS;
}
