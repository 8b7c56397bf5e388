import type { Database } from 'better-sqlite3';
import { Readable } from 'node:stream';
import { AppError } from '../../../shared/api/appError';
import { MEDIA_CHUNK_SIZE } from './importMediaFile';

/**
 * A stream of a stored content's bytes, reading one 1 MB chunk row at a time as the consumer pulls,
 * so exporting a 1 GB video never holds it whole in memory.
 */
export function openMediaStream(db: Database, sha256: string): Readable {
  const content = db.prepare('SELECT id, size FROM media_contents WHERE sha256 = ?').get(sha256) as { id: number; size: number } | undefined;
  if (!content) throw new AppError('not-found', `No media with SHA-256 ${sha256} in this project; it may have been deleted.`);
  const chunkCount = Math.ceil(content.size / MEDIA_CHUNK_SIZE);
  const readChunk = db.prepare('SELECT data FROM media_chunks WHERE content_id = ? AND chunk_index = ?').pluck();
  let nextIndex = 0;
  return new Readable({
    read() {
      try {
        if (nextIndex === chunkCount) {
          this.push(null);
          return;
        }
        const data = readChunk.get(content.id, nextIndex) as Buffer | undefined;
        if (!data) throw new AppError('corrupt-project', `Media ${sha256} is missing part ${nextIndex + 1} of ${chunkCount}. Open a backup copy of the project.`);
        nextIndex += 1;
        this.push(data);
      } catch (error) {
        this.destroy(error as Error);
      }
    },
  });
}
