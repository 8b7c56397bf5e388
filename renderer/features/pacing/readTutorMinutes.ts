/**
 * What the designer typed as a week's tutor time: whole minutes, null for "the framing's" (empty
 * field), or undefined when it is not a time the model accepts (0 to a week's 10,080 minutes).
 */
export function readTutorMinutes(typed: string): number | null | undefined {
  const text = typed.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return undefined;
  const minutes = Number(text);
  return minutes <= 10_080 ? minutes : undefined;
}
