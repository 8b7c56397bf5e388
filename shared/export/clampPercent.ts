/** A position on an image in percent, whatever a file or a field held: 0–100, whole tenths, 50 when unreadable. */
export function clampPercent(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 50;
  return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
}
