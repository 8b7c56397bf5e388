import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../shell/contentSecurityPolicy';
import { mimeTypeOf } from '../shell/mimeTypeOf';
import { resolveInsideDir } from '../shell/resolveInsideDir';
import { findPreviewFile, isPreviewPath, previewFileHeaders } from '../shell/previewFiles';
import { findLmsTestFile, lmsTestFileHeaders } from '../shell/lmsTestFiles';
import type { PreviewStore } from '../services/preview/previewStore';

/** The UI is served from app://spoc/, a standard secure scheme, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'spoc';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** The test LMS page and the packages it plays: an origin of their own, so that they never reach the app. */
export const LMS_TEST_HOST = 'lms-test';
export const LMS_TEST_ORIGIN = `${APP_SCHEME}://${LMS_TEST_HOST}`;
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Must run before the app is ready: lets app:// behave like https (origin, fetch, media streaming),
 * and keeps V8's code cache of its scripts in the profile, as for https: a reopened app does not
 * compile its bundle again (Electron enables it for http(s) only unless asked).
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

/** True for URLs of our own UI (the origin the IPC handlers and navigation guards trust). */
export function isAppUrl(rawUrl: string | undefined | null): boolean {
  if (!rawUrl) return false;
  try {
    const url = new URL(rawUrl);
    // Node gives non-special schemes an opaque "null" origin, so compare scheme and host.
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.port === '';
  } catch {
    return false;
  }
}

/** True for URLs of the test LMS origin (app://lms-test/…). */
export function isLmsTestUrl(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === LMS_TEST_HOST && url.username === '' && url.port === '';
  } catch {
    return false;
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** A file of a preview openPreview prepared (the export's player in preview mode). */
function previewResponse(previews: PreviewStore | undefined, pathname: string, method: string): Response {
  const found = previews ? findPreviewFile(previews, pathname) : null;
  if (!found) return textResponse(404, 'This preview is no longer available: open the preview again.');
  const { entry, file } = found;
  const body = method === 'HEAD' ? null : file.kind === 'text' ? file.content : (Readable.toWeb(entry.openMedia(file.sha256)) as ReadableStream<Uint8Array>);
  return new Response(body, { status: 200, headers: previewFileHeaders(file) });
}

/** A file of an LMS test openLmsTest prepared, on the test LMS origin. */
function lmsTestResponse(previews: PreviewStore | undefined, pathname: string, method: string): Response {
  const found = previews ? findLmsTestFile(previews, pathname) : null;
  if (!found) return textResponse(404, 'This LMS test is no longer available: run Test as in the LMS again.');
  const { entry, file } = found;
  const body = method === 'HEAD' ? null : file.kind === 'text' ? file.content : (Readable.toWeb(entry.openMedia(file.sha256)) as ReadableStream<Uint8Array>);
  return new Response(body, { status: 200, headers: lmsTestFileHeaders(file, [APP_ORIGIN]) });
}

/** Answers app:// requests with files of rendererDir, previews and LMS tests only; anything else is 403/404. */
export function createAppProtocolHandler(rendererDir: string, previews?: PreviewStore): (request: Request) => Promise<Response> {
  return async (request) => {
    const lmsTest = isLmsTestUrl(request.url);
    if (!isAppUrl(request.url) && !lmsTest) return textResponse(403, 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    if (lmsTest) return lmsTestResponse(previews, new URL(request.url).pathname, request.method);
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/preview/')) return previewResponse(previews, pathname, request.method);
    const filePath = resolveInsideDir(rendererDir, pathname === '/' ? '/index.html' : pathname);
    if (!filePath) return textResponse(403, 'Forbidden');
    try {
      const body = await readFile(filePath);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(filePath) },
      });
    } catch {
      return textResponse(404, 'Not found');
    }
  };
}

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string, previews?: PreviewStore): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir, previews));
}

/** True for the URL of a preview file, which our own pages may frame. */
export function isAppPreviewUrl(rawUrl: string): boolean {
  return isAppUrl(rawUrl) && isPreviewPath(new URL(rawUrl).pathname);
}
