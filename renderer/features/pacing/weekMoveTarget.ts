/**
 * The week a keyboard shortcut moves a capsule card to: Alt+← one week earlier, Alt+→ one week
 * later, never outside the course's weeks. Null when the key is not a move.
 */
export function weekMoveTarget(key: string, altKey: boolean, currentWeek: number, weekCount: number): number | null {
  if (!altKey) return null;
  const step = key === 'ArrowLeft' ? -1 : key === 'ArrowRight' ? 1 : 0;
  const target = currentWeek + step;
  return step !== 0 && target >= 1 && target <= weekCount ? target : null;
}
