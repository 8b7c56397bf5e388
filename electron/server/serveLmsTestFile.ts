import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { PreviewStore } from '../services/preview/previewStore';
import { findLmsTestFile, lmsTestFileHeaders } from '../shell/lmsTestFiles';

/** Answers GET/HEAD /lms-test/<key>/<path> over HTTP; false when it names no LMS test file. */
export async function serveLmsTestFile(req: IncomingMessage, res: ServerResponse, pathname: string, previews: PreviewStore, appOrigins: readonly string[]): Promise<boolean> {
  const found = findLmsTestFile(previews, pathname);
  if (!found || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const { entry, file } = found;
  res.writeHead(200, lmsTestFileHeaders(file, appOrigins));
  if (req.method === 'HEAD') res.end();
  else if (file.kind === 'text') res.end(file.content);
  else await pipeline(entry.openMedia(file.sha256), res);
  return true;
}
