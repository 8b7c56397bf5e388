/** Longest time a designer may set on one capsule, in minutes (a day). */
export const MAX_OVERRIDE_MINUTES = 1_440;

/**
 * What the designer typed in the "set time" field: minutes to impose, null to go back to the
 * estimate (empty field), or undefined when it is not a time (zero, negative, too long, not a number).
 * A decimal comma is accepted, as French designers type it.
 */
export function parseMinutesOverride(typed: string): number | null | undefined {
  const text = typed.trim();
  if (text === '') return null;
  if (!/^\d+([.,]\d+)?$/.test(text)) return undefined;
  const minutes = Number(text.replace(',', '.'));
  // A capsule of 0 min would vanish from its week's workload: the designer means something else.
  return minutes > 0 && minutes <= MAX_OVERRIDE_MINUTES ? minutes : undefined;
}
