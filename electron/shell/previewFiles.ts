import type { PlannedFile } from '../../shared/export/buildPackagePlan';
import type { PreviewEntry, PreviewStore } from '../services/preview/previewStore';
import { SECURITY_HEADERS } from './contentSecurityPolicy';
import { mimeTypeOf } from './mimeTypeOf';

/**
 * The player's own policy (as in its SCO page), framed only by our own pages, and sandboxed: the
 * course's content runs in an opaque origin that cannot reach the app, even when opened directly.
 * Its files may therefore be loaded by that opaque origin (Cross-Origin-Resource-Policy).
 */
export const PREVIEW_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-scripts",
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Cache-Control': 'no-store',
};

const PREVIEW_URL = /^\/preview\/([0-9a-f]{32})\/((?:[\w.-]+\/)*[\w.-]+)$/;

/** True for the path of a preview file (whether or not that preview still exists). */
export const isPreviewPath = (pathname: string): boolean => PREVIEW_URL.test(pathname);

/**
 * The preview file /preview/<key>/<path> names, or null. The key (128 random bits, handed only to
 * our page through the API) is the permission, since a framed page cannot send the API token.
 */
export function findPreviewFile(previews: PreviewStore, pathname: string): { entry: PreviewEntry; file: PlannedFile } | null {
  const match = PREVIEW_URL.exec(pathname);
  const entry = match ? previews.get(match[1]!) : undefined;
  if (entry?.purpose === 'lms-test') return null;
  const file = match && entry ? entry.files.get(match[2]!) : undefined;
  return entry && file ? { entry, file } : null;
}

/** Headers of one preview file's response. */
export function previewFileHeaders(file: PlannedFile): Record<string, string> {
  const length = file.kind === 'text' ? Buffer.byteLength(file.content) : file.size;
  return { ...PREVIEW_HEADERS, 'Content-Type': mimeTypeOf(file.path), 'Content-Length': String(length) };
}
