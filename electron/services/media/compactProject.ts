import type { Database } from 'better-sqlite3';

/** Free space above which deleting media gives it back at once. In bytes: pages are 4 KB in older files, 64 KB in newer ones. */
export const FREE_BYTES_THRESHOLD = 16 * 1024 * 1024;

export interface CompactionResult {
  bytesBefore: number;
  bytesAfter: number;
}

/** Rewrites the whole file without free space or fragmentation (VACUUM): slow on big projects, so run on request. */
export function compactProject(db: Database): CompactionResult {
  const bytesBefore = fileBytes(db);
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { bytesBefore, bytesAfter: fileBytes(db) };
}

/**
 * Gives freed pages back to the file system once they pass the threshold. Runs after media deletes;
 * incremental vacuum only moves pages from the end of the file, so it costs far less than a VACUUM.
 */
export function reclaimFreePagesIfNeeded(db: Database, thresholdBytes = FREE_BYTES_THRESHOLD): boolean {
  const freePages = db.pragma('freelist_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  if (freePages * pageSize <= thresholdBytes) return false;
  db.pragma('incremental_vacuum');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return true;
}

function fileBytes(db: Database): number {
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return pageCount * pageSize;
}
