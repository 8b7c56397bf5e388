import type { Database } from 'better-sqlite3';
import { Readable } from 'node:stream';
import { appError } from '../../../shared/api/appError';
import { MEDIA_CHUNK_SIZE } from './importMediaFile';
import { isPending, mediaStoreDirOf, storeFileChunks } from './mediaStore';

/** How a stored content and its chunks are read: here, and by the export's copying thread (mediaCopyThread.ts). */
export const CONTENT_BY_HASH_SQL = 'SELECT * FROM media_contents WHERE sha256 = ?';
export const CHUNK_SQL = 'SELECT data FROM media_chunks WHERE content_id = ? AND chunk_index = ?';
// SQLite loads the whole chunk (every page of it) to take its last byte, and frees it at once.
const CHUNK_LAST_BYTE_SQL = 'SELECT substr(data, -1) FROM media_chunks WHERE content_id = ? AND chunk_index = ?';

interface StoredContent {
  id: number;
  size: number;
}

/**
 * A stored content's bytes, 1 MB at a time as the consumer pulls, so exporting a 1 GB video never
 * holds it whole in memory: from its chunk rows, or from its file in the store beside the project
 * while it is pending (mediaStore.ts). The one place that knows where a content's bytes are. Each
 * chunk is yielded as read: no stream buffering that would merge chunks into new buffers. Throws
 * 'not-found' at once for an unknown content. With lastBytesOnly, each chunk of a folded content is
 * read by SQLite but only its last byte handed back: a check that its pages are readable then makes
 * no 1 MB buffer per chunk for the garbage collector (a store file is read as it is).
 */
export function mediaChunks(db: Database, sha256: string, { lastBytesOnly = false } = {}): Iterable<Buffer> {
  const find = () => db.prepare(CONTENT_BY_HASH_SQL).get(sha256) as StoredContent | undefined;
  if (!find()) throw appError('not-found', 'notFoundMediaContent', { sha256 });
  return (function* () {
    // Looked up again when the first chunk is pulled: the fold may have moved the bytes meanwhile
    // (it commits and deletes the store file in one turn, so this sees one place or the other).
    const content = find();
    if (!content) throw appError('not-found', 'notFoundMediaContent', { sha256 });
    if (isPending(content)) {
      const fileName = db.prepare('SELECT file_name FROM media_assets WHERE sha256 = ? ORDER BY created_at LIMIT 1').pluck().get(sha256) as string | undefined;
      yield* storeFileChunks(mediaStoreDirOf(db), sha256, content.size, MEDIA_CHUNK_SIZE, fileName ?? sha256);
      return;
    }
    const chunkCount = Math.ceil(content.size / MEDIA_CHUNK_SIZE);
    const readChunk = db.prepare(lastBytesOnly ? CHUNK_LAST_BYTE_SQL : CHUNK_SQL).pluck();
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
