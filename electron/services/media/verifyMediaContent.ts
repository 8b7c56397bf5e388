import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { mediaChunks } from './openMediaStream';

/** 'mismatch': the bytes read back but differ from their hash; 'unreadable': SQLite cannot read them (damaged pages). */
export type MediaContentState = 'ok' | 'mismatch' | 'unreadable';

export interface ReadBackOptions {
  /** Give the event loop a turn after every chunk, so a background check never freezes the app. */
  paced?: boolean;
  /** Only check SQLite can read every chunk (the file's structure), not the bytes' hash: about 5x cheaper. */
  readableOnly?: boolean;
}

/** Reads a stored content back, against its SHA-256 unless readableOnly. One pass over its bytes. */
export async function mediaContentState(db: Database, sha256: string, options: ReadBackOptions = {}): Promise<MediaContentState> {
  const hash = options.readableOnly ? null : createHash('sha256');
  try {
    for (const chunk of mediaChunks(db, sha256, { lastBytesOnly: !hash })) {
      hash?.update(chunk);
      if (options.paced) await nextTurn();
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && (code.startsWith('SQLITE_') || code === 'corrupt-project') ? 'unreadable' : 'mismatch';
  }
  return !hash || hash.digest('hex') === sha256 ? 'ok' : 'mismatch';
}

/** Whether a stored content's bytes are all there and still hash to its SHA-256. */
export async function verifyMediaContent(db: Database, sha256: string): Promise<boolean> {
  return (await mediaContentState(db, sha256)) === 'ok';
}

/** SHA-256 of every finished content; with folded, only those whose bytes are in the project file (none pending in the store beside it). */
export function storedMediaHashes(db: Database, options: { folded?: boolean } = {}): string[] {
  const where = options.folded ? 'sha256 IS NOT NULL AND pending = 0' : 'sha256 IS NOT NULL';
  return db.prepare(`SELECT sha256 FROM media_contents WHERE ${where} ORDER BY id`).pluck().all() as string[];
}
