import { appError, type AppError } from '../../../shared/api/appError';
import { positionForIndex } from './positionForIndex';

type Sibling = { id: string; position: string };

const notInList = (): AppError => appError('not-found', 'insertAfterMissing');

/** The position key right after the sibling `afterId` (or at the end when null); `missing` says why afterId is not there. */
export function positionAfter(siblings: readonly Sibling[], afterId: string | null, missing: () => AppError = notInList): string {
  if (afterId === null) return positionForIndex(siblings, siblings.length);
  const index = siblings.findIndex((sibling) => sibling.id === afterId);
  if (index < 0) throw missing();
  return positionForIndex(siblings, index + 1);
}
