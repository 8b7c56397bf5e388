import type { Database } from 'better-sqlite3';
import { statfsSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { appError } from '../../../shared/api/appError';

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

/** Pages given back per step: one short transaction each, so edits and reads go on in between. */
const PAGES_PER_STEP = 64;
const AUTO_VACUUM_INCREMENTAL = 2;

/**
 * Gives every free page back to the disk, in steps that each commit on their own, reporting bytes
 * done out of the total. Files made before incremental auto-vacuum are rewritten once by VACUUM
 * (transactional too), which needs as much free disk as the file takes.
 */
export async function compactInSteps(db: Database, filePath: string, onProgress: (bytesDone: number, bytesTotal: number) => void): Promise<void> {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const freePages = () => db.pragma('freelist_count', { simple: true }) as number;
  const total = freePages();
  onProgress(0, total * pageSize);
  if (db.pragma('auto_vacuum', { simple: true }) !== AUTO_VACUUM_INCREMENTAL) {
    const { bavail, bsize } = statfsSync(path.dirname(filePath));
    if (bavail * bsize < fileBytes(db)) throw appError('file-error', 'diskFull', {});
    db.pragma('auto_vacuum = INCREMENTAL');
    db.exec('VACUUM');
  } else {
    for (let left = total; left > 0; left = freePages()) {
      db.pragma(`incremental_vacuum(${PAGES_PER_STEP})`);
      onProgress((total - Math.min(total, freePages())) * pageSize, total * pageSize);
      await nextTurn();
    }
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  onProgress(total * pageSize, total * pageSize);
}
