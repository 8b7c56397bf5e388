import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { PreviewStore } from '../services/preview/previewStore';
import { findPreviewFile, previewFileHeaders } from '../shell/previewFiles';

/** Answers GET/HEAD /preview/<key>/<path> over HTTP; false when it names no preview file. */
export async function servePreviewFile(req: IncomingMessage, res: ServerResponse, pathname: string, previews: PreviewStore): Promise<boolean> {
  const found = findPreviewFile(previews, pathname);
  if (!found || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const { entry, file } = found;
  res.writeHead(200, previewFileHeaders(file));
  if (req.method === 'HEAD') res.end();
  else if (file.kind === 'text') res.end(file.content);
  else await pipeline(entry.openMedia(file.sha256), res);
  return true;
}
