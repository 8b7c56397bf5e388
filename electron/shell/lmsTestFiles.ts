import type { PlannedFile } from '../../shared/export/buildPackagePlan';
import type { PreviewEntry, PreviewStore } from '../services/preview/previewStore';
import { SECURITY_HEADERS } from './contentSecurityPolicy';
import { mimeTypeOf } from './mimeTypeOf';

/**
 * Headers of the test LMS page and of the packages it plays. They are served on an origin of their
 * own (not the app's), so the SCO and the LMS page share an origin (the SCO finds the API in its
 * parent, as in an LMS) while neither can reach the app or its API token. Only the app's pages may frame them.
 */
export function lmsTestHeaders(appOrigins: readonly string[]): Record<string, string> {
  const { 'X-Frame-Options': _framingByCsp, ...security } = SECURITY_HEADERS;
  return {
    ...security,
    'Content-Security-Policy': [
      "default-src 'self'",
      "img-src 'self' data:",
      "media-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors 'self' ${appOrigins.join(' ')}`,
    ].join('; '),
    'Cache-Control': 'no-store',
  };
}

// Segments of letters, digits, dots, dashes and underscores; the file must also be one of the entry's own.
const LMS_TEST_URL = /^\/lms-test\/([0-9a-f]{32})\/((?:[\w.-]+\/)*[\w.-]+)$/;

/**
 * The file /lms-test/<key>/<path> names, or null. Only files of an LMS test entry are served, looked
 * up by exact path (no traversal can name anything else); the key, handed only to our page through
 * the API, is the permission.
 */
export function findLmsTestFile(previews: PreviewStore, pathname: string): { entry: PreviewEntry; file: PlannedFile } | null {
  const match = LMS_TEST_URL.exec(pathname);
  const entry = match ? previews.get(match[1]!) : undefined;
  const file = match && entry?.purpose === 'lms-test' ? entry.files.get(match[2]!) : undefined;
  return entry && file ? { entry, file } : null;
}

/** Headers of one LMS test file's response. */
export function lmsTestFileHeaders(file: PlannedFile, appOrigins: readonly string[]): Record<string, string> {
  const length = file.kind === 'text' ? Buffer.byteLength(file.content) : file.size;
  return { ...lmsTestHeaders(appOrigins), 'Content-Type': mimeTypeOf(file.path), 'Content-Length': String(length) };
}
