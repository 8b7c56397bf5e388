import type { ScormDialect } from './scormDialect';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** 1.2 CMITimespan HHHH:MM:SS.SS (capped at 9999 hours, as the format allows no more). */
export function formatScorm12Timespan(milliseconds: number): string {
  const centis = Math.min(Math.max(0, Math.round(milliseconds / 10)), 9_999 * 360_000 + 359_999);
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6_000);
  const seconds = Math.floor((centis % 6_000) / 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(centis % 100)}`;
}

/** 2004 timeinterval: ISO 8601 duration, seconds to two decimals (e.g. PT1H2M3.5S). */
export function formatIsoDuration(milliseconds: number): string {
  const centis = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6_000);
  const seconds = (centis % 6_000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
  return `PT${parts}`;
}

export function formatDuration(dialect: ScormDialect, milliseconds: number): string {
  return dialect === '1.2' ? formatScorm12Timespan(milliseconds) : formatIsoDuration(milliseconds);
}

/** 1.2 CMITime (HH:MM:SS, local clock) or 2004 time (second precision, UTC). */
export function formatTimestamp(dialect: ScormDialect, date: Date): string {
  if (dialect === '1.2') return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  // A fractional second before "Z" keeps strict 2004 time parsers (which tie the zone to it) happy.
  return `${date.toISOString().slice(0, 19)}.0Z`;
}
