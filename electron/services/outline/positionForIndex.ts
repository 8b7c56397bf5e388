import { generateKeyBetween } from 'fractional-indexing';

/**
 * The fractional-index key that puts an item at toIndex among its siblings (sorted by position,
 * the moving item excluded), so a move rewrites one row. toIndex past the end means last.
 */
export function positionForIndex(siblings: readonly { id: string; position: string }[], toIndex: number, movingId?: string): string {
  const others = siblings.filter((sibling) => sibling.id !== movingId);
  const index = Math.min(Math.max(toIndex, 0), others.length);
  return generateKeyBetween(others[index - 1]?.position ?? null, others[index]?.position ?? null);
}
