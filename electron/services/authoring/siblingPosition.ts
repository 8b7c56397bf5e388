import { appError } from '../../../shared/api/appError';
import { positionForIndex } from '../outline/positionForIndex';

type Sibling = { id: string; position: string };

/** The position key right after the sibling `afterId` (or at the end when null). */
export function positionAfter(siblings: readonly Sibling[], afterId: string | null): string {
  if (afterId === null) return positionForIndex(siblings, siblings.length);
  const index = siblings.findIndex((sibling) => sibling.id === afterId);
  if (index < 0) throw appError('not-found', 'insertAfterMissing');
  return positionForIndex(siblings, index + 1);
}
