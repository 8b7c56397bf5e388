import { appError, type AppError } from '../../../shared/api/appError';
import { mediaIdsIn } from '../../../shared/authoring/mediaReferences';
import type { CourseDocument } from '../../../shared/model/courseDocument';

/** Who uses a content: its files' names and the titles of the capsules showing them. */
export function mediaUsersOf(document: Pick<CourseDocument, 'media' | 'capsules'>, sha256: string): { names: string[]; capsules: string[] } {
  const assets = document.media.filter((asset) => asset.sha256 === sha256);
  const ids = new Set(assets.map((asset) => asset.id));
  const capsules = document.capsules.filter((capsule) => [...mediaIdsIn(capsule.content)].some((id) => ids.has(id))).map((capsule) => capsule.title);
  return { names: assets.length > 0 ? assets.map((asset) => asset.fileName) : [sha256], capsules };
}

/** The refusal to use a content whose bytes no longer match, naming the media and the capsules using it. */
export function damagedMediaError(document: Pick<CourseDocument, 'media' | 'capsules'>, sha256: string): AppError {
  const { names, capsules } = mediaUsersOf(document, sha256);
  const name = names.join('", "');
  if (capsules.length === 0) return appError('corrupt-project', 'mediaCorruptUnused', { name });
  return appError('corrupt-project', 'mediaCorrupt', { name, capsules: capsules.map((title) => `"${title}"`).join(', ') });
}
