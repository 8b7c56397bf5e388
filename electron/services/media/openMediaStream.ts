import type { Database } from 'better-sqlite3';
import { Readable } from 'node:stream';
import { appError } from '../../../shared/api/appError';
import { MEDIA_CHUNK_SIZE } from './importMediaFile';

/**
 * A stored content's bytes, one 1 MB chunk row at a time as the consumer pulls, so exporting a 1 GB
 * video never holds it whole in memory. Each chunk is yielded as read: no stream buffering that
 * would merge chunks into new buffers. Throws 'not-found' at once for an unknown content.
 */
export function mediaChunks(db: Database, sha256: string): Iterable<Buffer> {
  const content = db.prepare('SELECT id, size FROM media_contents WHERE sha256 = ?').get(sha256) as { id: number; size: number } | undefined;
  if (!content) throw appError('not-found', 'notFoundMediaContent', { sha256 });
  const chunkCount = Math.ceil(content.size / MEDIA_CHUNK_SIZE);
  const readChunk = db.prepare('SELECT data FROM media_chunks WHERE content_id = ? AND chunk_index = ?').pluck();
  return (function* () {
    for (let index = 0; index < chunkCount; index += 1) {
      const data = readChunk.get(content.id, index) as Buffer | undefined;
      if (!data) throw appError('corrupt-project', 'mediaPartMissing', { sha256, part: index + 1, parts: chunkCount });
      yield data;
    }
  })();
}

/** The same bytes as a Node stream, for piping (preview server, thumbnails). */
export function openMediaStream(db: Database, sha256: string): Readable {
  return Readable.from(mediaChunks(db, sha256));
}
