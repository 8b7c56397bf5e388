import type { Database } from 'better-sqlite3';

/** Free pages above which deleting media gives the space back at once (16 MB of 4 KB pages). */
export const FREE_PAGES_THRESHOLD = 4_096;

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
export function reclaimFreePagesIfNeeded(db: Database, threshold = FREE_PAGES_THRESHOLD): boolean {
  const freePages = db.pragma('freelist_count', { simple: true }) as number;
  if (freePages <= threshold) return false;
  db.pragma('incremental_vacuum');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return true;
}

function fileBytes(db: Database): number {
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  return pageCount * pageSize;
}
