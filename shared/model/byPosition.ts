/** Sorts siblings by their fractional-index position (plain code-unit order, as the keys require). */
export function byPosition<T extends { position: string }>(a: T, b: T): number {
  return a.position < b.position ? -1 : a.position > b.position ? 1 : 0;
}
