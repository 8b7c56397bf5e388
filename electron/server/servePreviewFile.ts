import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { PreviewStore } from '../services/preview/previewStore';
import { SECURITY_HEADERS } from './contentSecurityPolicy';
import { mimeTypeOf } from './mimeTypeOf';

/** The player's own policy (as in its SCO page), framed only by our own pages. */
const PREVIEW_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
  'Cache-Control': 'no-store',
};

const PREVIEW_URL = /^\/preview\/([0-9a-f]{32})\/((?:[\w.-]+\/)*[\w.-]+)$/;

/**
 * GET /preview/<key>/<path>: one file of a preview openPreview prepared. The key (128 random bits,
 * handed only to our page through the API) is the permission, since a framed page cannot send the
 * API token. Returns false when the path is not a preview file.
 */
export async function servePreviewFile(req: IncomingMessage, res: ServerResponse, pathname: string, previews: PreviewStore): Promise<boolean> {
  const match = PREVIEW_URL.exec(pathname);
  const entry = match ? previews.get(match[1]!) : undefined;
  const file = match && entry ? entry.files.get(match[2]!) : undefined;
  if (!match || !entry || !file || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const headers = { ...PREVIEW_HEADERS, 'Content-Type': mimeTypeOf(file.path) };
  if (file.kind === 'text') {
    res.writeHead(200, { ...headers, 'Content-Length': Buffer.byteLength(file.content) });
    res.end(req.method === 'HEAD' ? undefined : file.content);
    return true;
  }
  res.writeHead(200, { ...headers, 'Content-Length': file.size });
  if (req.method === 'HEAD') res.end();
  else await pipeline(entry.openMedia(file.sha256), res);
  return true;
}
