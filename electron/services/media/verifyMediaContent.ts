import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { openMediaStream } from './openMediaStream';

/**
 * Whether a stored content's bytes still hash to its SHA-256 (and are all there). Reads every chunk,
 * so it costs one pass over the media; a chunk SQLite cannot read counts as damaged too.
 */
export async function verifyMediaContent(db: Database, sha256: string): Promise<boolean> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of openMediaStream(db, sha256)) hash.update(chunk as Buffer);
  } catch {
    return false;
  }
  return hash.digest('hex') === sha256;
}

/** SHA-256 of every finished content in the store. */
export function storedMediaHashes(db: Database): string[] {
  return db.prepare('SELECT sha256 FROM media_contents WHERE sha256 IS NOT NULL ORDER BY id').pluck().all() as string[];
}
