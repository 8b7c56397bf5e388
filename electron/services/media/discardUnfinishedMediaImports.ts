import type { Database } from 'better-sqlite3';
import { reclaimFreePagesIfNeeded } from './compactProject';

/**
 * Drops the chunks of imports that never finished (the app was killed mid-import); their content has
 * no hash yet, so nothing shows them. On a full disk even this delete cannot be written: it waits for
 * the next opening rather than keeping the project closed.
 */
export function discardUnfinishedMediaImports(db: Database): void {
  try {
    const { changes } = db.prepare('DELETE FROM media_contents WHERE sha256 IS NULL').run();
    if (changes > 0) reclaimFreePagesIfNeeded(db);
  } catch (error) {
    if (!isOutOfSpace(error)) throw error;
  }
}

function isOutOfSpace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC';
}
