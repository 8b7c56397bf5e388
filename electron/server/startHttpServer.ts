import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, appError, toErrorPayload, type ApiErrorPayload, type ApiResult, type AppErrorCode, type ErrorParams } from '../../shared/api/appError';
import type { ErrorMessageKey } from '../../shared/i18n/errors';
import type { AppApi } from '../../shared/api/contract';
import { API_METHOD_NAMES } from '../../shared/api/methodNames';
import { MAX_MEDIA_BYTES, mediaFileNameProblem, mediaFileTypeOf } from '../../shared/media/mediaFileTypes';
import { callApi } from '../services/callApi';
import type { MediaFileSource } from '../services/serviceOptions';
import { appPolicyFramingLmsTest, SECURITY_HEADERS } from '../shell/contentSecurityPolicy';
import { mimeTypeOf } from '../shell/mimeTypeOf';
import { resolveInsideDir } from '../shell/resolveInsideDir';
import { serveLmsTestFile } from './serveLmsTestFile';
import { servePreviewFile } from './servePreviewFile';
import { servedIndexHtml, type FirstScreen } from './firstScreenPage';
import { chooseUiLanguage, UI_LANGUAGE_COOKIE } from '../../shared/i18n/languages';
import { SCREEN_HEIGHT_COOKIE, screenHeightFrom, type FirstScreenRequest } from '../../shared/api/firstScreen';
import { cookieValue } from '../../shared/api/cookieValue';
import type { PreviewStore } from '../services/preview/previewStore';

/** Largest API request body; media arrive as base64 JSON, so this bounds one import call. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;
/** Uploads are imported one at a time: one whose sender went silent is given up after this. */
export const UPLOAD_STALL_MS = 15_000;

export interface HttpServerOptions {
  api: AppApi;
  /** Imports the file a POST /media-upload streams in (browser mode's file dialog and drag and drop). Absent: the route answers 404. */
  uploadMedia?: (upload: MediaFileSource) => Promise<ApiResult<unknown>>;
  /** Stages the Word document or SCORM package a POST /import-upload streams in, answering its preview. Absent: 404. */
  uploadImport?: (upload: MediaFileSource) => Promise<ApiResult<unknown>>;
  /** Largest media upload; MAX_MEDIA_BYTES unless a test sets less. */
  maxUploadBytes?: number;
  /** An upload that sends nothing for this long is dropped, so it cannot hold up the ones queued after it. */
  uploadStallMs?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Folder whose files GET /exports/<file> hands out for download. */
  exportsDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Previews openPreview prepared, served under /preview/. */
  previews?: PreviewStore;
  /** The first screen to put in the page, rendered as the request asks (its language, its window's height); absent or null: the page renders it. */
  firstScreen?: (request: FirstScreenRequest) => Promise<FirstScreen | null>;
}

export interface RunningServer {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /**
   * The address to open, once: its one-time secret is exchanged for an HttpOnly, SameSite=Strict
   * session cookie, without which the page (and the API token it carries) is refused. Another user
   * of the machine reaching the port gets nothing.
   */
  launchUrl: string;
  /** Per-launch secret every API call and download must carry. */
  token: string;
  close(): Promise<void>;
}

const KNOWN_METHODS: ReadonlySet<string> = new Set(API_METHOD_NAMES);

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The languages of an Accept-Language header, most wanted first (browsers send them in that order). */
function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((entry) => entry.split(';')[0]!.trim())
    .filter((language) => language !== '' && language !== '*');
}

/** What the page asks of its first screen: its own choice of language (renderer/pageStart: the cookie, else the browser's languages), and its window's height. */
function firstScreenRequestOf(req: IncomingMessage): FirstScreenRequest {
  return {
    language: chooseUiLanguage(cookieValue(req.headers.cookie, UI_LANGUAGE_COOKIE), acceptedLanguages(req.headers['accept-language'])),
    screenHeight: screenHeightFrom(cookieValue(req.headers.cookie, SCREEN_HEIGHT_COOKIE)),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: ApiErrorPayload): void {
  sendJson(res, status, { ok: false, error });
}

/** A refusal the page shows in the user's language. */
function refusal(code: AppErrorCode, key: ErrorMessageKey, params: ErrorParams = {}): ApiErrorPayload {
  return toErrorPayload(appError(code, key, params));
}

/** The single file name a download URL names, or null for anything that could reach elsewhere. */
function decodedFileName(encoded: string): string | null {
  try {
    const name = decodeURIComponent(encoded);
    return name === '' || name === '.' || name === '..' || /[/\\\0]/.test(name) ? null : name;
  } catch {
    return null;
  }
}

/** A URI-encoded header's text, or null when absent or not decodable. */
function decodedHeader(value: string | string[] | undefined): string | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The request body, failing as soon as it runs past the size it announced. */
async function* boundedBody(req: IncomingMessage, declaredSize: number): AsyncIterable<Buffer> {
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > declaredSize) throw new BodyTooLargeError('The upload is longer than its content-length.');
    yield chunk;
  }
}

class BodyTooLargeError extends Error {}

/**
 * Reads a JSON body. An oversized one is read to its end and dropped before the 413 is sent:
 * answering while it still arrives resets the connection, and the client never sees the message.
 */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new BodyTooLargeError()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/**
 * The API and the built UI over HTTP, for browser mode and end-to-end tests. Listens on 127.0.0.1
 * only; every request must name us in its Host header (no DNS rebinding) and every API call or
 * download must carry the per-launch token that only our own index.html contains.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const token = randomBytes(32).toString('base64url');
  const launchSecret = randomBytes(32).toString('base64url');
  let launchUsed = false;
  const sessions = new Set<string>();
  let sessionCookie = 'spoc-session';
  let allowedHosts: ReadonlySet<string> = new Set();
  let allowedOrigins: ReadonlySet<string> = new Set();
  // index.html as built, read again only when the file changes (a rebuild while serving): one read
  // fewer per page, each of which can wait for a CPU on a busy machine.
  let builtIndex: { mtimeMs: number; html: string } | undefined;
  async function builtIndexHtml(filePath: string, mtimeMs: number): Promise<string> {
    if (builtIndex?.mtimeMs !== mtimeMs) builtIndex = { mtimeMs, html: await readFile(filePath, 'utf8') };
    return builtIndex.html;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, 405, { code: 'invalid-input', message: 'API calls are made with POST.' });
    }
    if (!callerAllowed(req, res)) return;
    const contentType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/json') {
      return sendError(res, 415, { code: 'invalid-input', message: 'API calls must send content-type: application/json.' });
    }
    if (!KNOWN_METHODS.has(method)) {
      return sendError(res, 404, { code: 'not-found', message: `There is no API call named "${method}".` });
    }
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      res.setHeader('Connection', 'close');
      return sendError(res, 413, refusal('invalid-input', 'requestTooLarge', { megabytes: MAX_BODY_BYTES / 1024 / 1024 }));
    }
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, 400, { code: 'invalid-input', message: `The body of ${method} is not valid JSON.` });
    }
    sendJson(res, 200, await callApi(options.api, method as (typeof API_METHOD_NAMES)[number], input));
  }

  /** Our own page only: same origin (when the browser says) and the per-launch token. Answers the refusal itself. */
  function callerAllowed(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      sendError(res, 403, refusal('invalid-input', 'originRefused', { origin }));
      return false;
    }
    const givenToken = req.headers['x-spoc-token'];
    if (typeof givenToken !== 'string' || givenToken === '') {
      sendError(res, 401, refusal('invalid-input', 'tokenMissing'));
      return false;
    }
    if (!sameSecret(givenToken, token)) {
      sendError(res, 403, refusal('invalid-input', 'tokenWrong'));
      return false;
    }
    return true;
  }

  /** Answers a refused upload without reading its body, and closes the connection so the client stops sending. */
  function refuseUpload(res: ServerResponse, status: number, key: ErrorMessageKey, params: ErrorParams = {}): void {
    res.setHeader('Connection', 'close');
    sendError(res, status, refusal('invalid-input', key, params));
  }

  /**
   * POST /media-upload: the raw file as the body, its name in x-spoc-file-name (URI-encoded) and its
   * exact media type as content-type. Streamed to the media store, never held in memory.
   */
  async function handleMediaUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, 405, { code: 'invalid-input', message: 'Media are uploaded with POST.' });
    }
    if (!options.uploadMedia) return sendError(res, 404, { code: 'not-found', message: 'This server takes no media uploads.' });
    if (!callerAllowed(req, res)) return;
    const fileName = decodedHeader(req.headers['x-spoc-file-name']);
    if (fileName === null) return refuseUpload(res, 400, 'uploadNameMissing');
    const problem = mediaFileNameProblem(fileName);
    if (problem) return refuseUpload(res, 415, problem.key, problem.params);
    const expectedType = mediaFileTypeOf(fileName)?.mimeType;
    const contentType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (contentType !== expectedType) {
      return refuseUpload(res, 415, 'uploadWrongType', { name: fileName, expected: expectedType ?? '', actual: contentType ?? '—' });
    }
    const declaredSize = Number(req.headers['content-length']);
    if (req.headers['content-length'] === undefined || !Number.isSafeInteger(declaredSize) || declaredSize < 0) {
      return refuseUpload(res, 411, 'uploadNoLength');
    }
    const limit = options.maxUploadBytes ?? MAX_MEDIA_BYTES;
    if (declaredSize > limit) return refuseUpload(res, 413, 'uploadTooLarge', { name: fileName, size: declaredSize, limit });
    const stallMs = options.uploadStallMs ?? UPLOAD_STALL_MS;
    req.setTimeout(stallMs, () => req.destroy(appError('file-error', 'uploadStalled', { seconds: Math.round(stallMs / 1000) })));
    const result = await options.uploadMedia({ fileName, size: declaredSize, chunks: () => boundedBody(req, declaredSize) });
    req.setTimeout(0);
    if (!req.complete) {
      res.setHeader('Connection', 'close');
      req.resume();
    }
    sendJson(res, 200, result);
  }

  /** POST /import-upload: the raw .docx or .zip as the body, its name in x-spoc-file-name; the import service caps its size. */
  async function handleImportUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, 405, { code: 'invalid-input', message: 'Files to import are uploaded with POST.' });
    }
    if (!options.uploadImport) return sendError(res, 404, { code: 'not-found', message: 'This server takes no imports.' });
    if (!callerAllowed(req, res)) return;
    const fileName = decodedHeader(req.headers['x-spoc-file-name']);
    if (fileName === null) return refuseUpload(res, 400, 'uploadNameMissing');
    const declaredSize = Number(req.headers['content-length']);
    if (req.headers['content-length'] === undefined || !Number.isSafeInteger(declaredSize) || declaredSize < 0) {
      return refuseUpload(res, 411, 'uploadNoLength');
    }
    const result = await options.uploadImport({ fileName, size: declaredSize, chunks: () => boundedBody(req, declaredSize) });
    if (!req.complete) {
      res.setHeader('Connection', 'close');
      req.resume();
    }
    sendJson(res, 200, result);
  }

  async function handleDownload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const givenToken = url.searchParams.get('token') ?? req.headers['x-spoc-token'];
    if (typeof givenToken !== 'string' || givenToken === '') {
      return sendError(res, 401, refusal('invalid-input', 'downloadTokenMissing'));
    }
    if (!sameSecret(givenToken, token)) {
      return sendError(res, 403, refusal('invalid-input', 'downloadTokenWrong'));
    }
    const fileName = decodedFileName(url.pathname.slice('/exports/'.length));
    const filePath = fileName === null ? null : resolveInsideDir(options.exportsDir, encodeURIComponent(fileName));
    // lstat: a symbolic link planted in the folder would hand out whatever it points at.
    const info = filePath ? await lstat(filePath).catch(() => null) : null;
    if (fileName === null || !filePath || !info?.isFile()) {
      return sendError(res, 404, refusal('not-found', 'downloadMissing'));
    }
    const asciiName = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeOf(filePath),
      'Content-Length': info.size,
      'Content-Disposition': `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(filePath).pipe(res);
  }

  /**
   * The page carries the API token, so it goes only to the browser that opened the launch address:
   * its one-time secret becomes a session cookie. Answers the redirect or the refusal itself.
   */
  function pageAllowed(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    const launch = url.searchParams.get('launch');
    if (launch !== null) {
      if (launchUsed || !sameSecret(launch, launchSecret)) {
        sendError(res, 403, refusal('invalid-input', 'launchUsed'));
        return false;
      }
      launchUsed = true;
      const session = randomBytes(32).toString('base64url');
      sessions.add(session);
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        Location: '/',
        'Set-Cookie': `${sessionCookie}=${session}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      res.end();
      return false;
    }
    if (!sessions.has(cookieValue(req.headers.cookie, sessionCookie) ?? '')) {
      sendError(res, 401, refusal('invalid-input', 'launchNeeded'));
      return false;
    }
    return true;
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { pathname } = url;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendError(res, 405, { code: 'invalid-input', message: 'Only GET and HEAD are allowed here.' });
    }
    const isIndex = pathname === '/' || pathname === '/index.html';
    if (isIndex && !pageAllowed(req, res, url)) return;
    const filePath = resolveInsideDir(options.rendererDir, isIndex ? '/index.html' : pathname);
    const info = filePath ? await stat(filePath).catch(() => null) : null;
    if (!filePath || !info?.isFile()) {
      return sendError(res, 404, { code: 'not-found', message: `Not found: ${pathname}` });
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(filePath) };
    if (isIndex) {
      const first = req.method === 'GET' && options.firstScreen ? await options.firstScreen(firstScreenRequestOf(req)) : null;
      const html = servedIndexHtml(await builtIndexHtml(filePath, info.mtimeMs), token, first);
      // The test LMS page is served to the app's other host name (127.0.0.1 ↔ localhost), an origin of its own.
      const policy = appPolicyFramingLmsTest([...allowedOrigins]);
      res.writeHead(200, { ...headers, 'Content-Security-Policy': policy, 'Content-Length': Buffer.byteLength(html), 'Cache-Control': 'no-store' });
      return void res.end(req.method === 'HEAD' ? undefined : html);
    }
    // The build names every file under assets/ by its content's hash: a reopened page takes them, and
    // V8's code cache of its scripts, from the browser's cache, as the desktop app takes them from disk.
    const caching = pathname.startsWith('/assets/') ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    res.writeHead(200, { ...headers, ...caching, 'Content-Length': info.size });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(filePath).pipe(res);
  }

  async function handlePreview(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const served = options.previews ? await servePreviewFile(req, res, pathname, options.previews) : false;
    if (!served) sendError(res, 404, refusal('not-found', 'previewGone'));
  }

  async function handleLmsTest(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const served = options.previews ? await serveLmsTestFile(req, res, pathname, options.previews, [...allowedOrigins]) : false;
    if (!served) sendError(res, 404, refusal('not-found', 'lmsTestGone'));
  }

  const server = createServer((req, res) => {
    const host = req.headers.host?.toLowerCase();
    if (!host || !allowedHosts.has(host)) {
      return sendError(res, 403, { code: 'invalid-input', message: 'Refused: unexpected Host header.' });
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const route = url.pathname.startsWith('/api/')
      ? handleApi(req, res, url.pathname.slice('/api/'.length))
      : url.pathname === '/media-upload'
        ? handleMediaUpload(req, res)
        : url.pathname === '/import-upload'
        ? handleImportUpload(req, res)
        : url.pathname.startsWith('/exports/')
        ? handleDownload(req, res, url)
        : url.pathname.startsWith('/preview/')
          ? handlePreview(req, res, url.pathname)
          : url.pathname.startsWith('/lms-test/')
          ? handleLmsTest(req, res, url.pathname)
          : handleStatic(req, res, url);
    route.catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      sendError(res, 500, toErrorPayload(error instanceof AppError ? error : appError('internal', 'unexpectedFailure', { detail: error instanceof Error ? error.message : String(error) })));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  // Cookies are shared by every port of a host: the name keeps two launches apart.
  sessionCookie = `spoc-session-${port}`;

  return {
    url: `http://127.0.0.1:${port}/`,
    launchUrl: `http://127.0.0.1:${port}/?launch=${launchSecret}`,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
