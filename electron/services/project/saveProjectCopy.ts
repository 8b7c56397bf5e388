import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { AppError, appError } from '../../../shared/api/appError';
import { foldPendingStep } from '../media/foldPendingMedia';
import { storedMediaHashes, verifyMediaContent } from '../media/verifyMediaContent';
import { ProjectFile } from './projectFile';

/** Rows copied per transaction: media chunks are 1 MB each. */
const ROWS_PER_TRANSACTION = 32;
/** Unreadable spots skipped in one table before giving the rest of it up. */
const MAX_SKIPS_PER_TABLE = 1_000;

/**
 * Saves what can be read of a project as a new project at targetPath and opens it: every readable
 * row of every table (rows on damaged pages are skipped), with the media still in the store beside
 * the source folded in, then media whose bytes no longer match their hash are left out with their
 * library entries. The undo history is not copied.
 */
export async function saveProjectCopy(source: ProjectFile, targetPath: string): Promise<ProjectFile> {
  try {
    foldIfPossible(source);
    return await ProjectFile.create(targetPath, async (copy) => {
      copy.db.pragma('foreign_keys = OFF');
      for (const table of copiedTables(source.db)) copyReadableRows(source.db, copy.db, table);
      // Media the source could not fold (it is read-only, or its disk is full) go from its store into the copy's file.
      const skipped = new Set<string>();
      while (foldPendingStep(copy.db, source.pendingMedia.storeDir, skipped, { keepFiles: true }));
      await dropDamagedMedia(copy.db);
      dropOrphans(copy.db);
      copy.db.pragma('foreign_keys = ON');
    });
  } catch (error) {
    if (error instanceof AppError && error.code !== 'internal') throw error;
    throw appError('file-error', 'copyNotDone', { file: path.basename(targetPath), detail: error instanceof Error ? error.message : String(error) });
  }
}

function foldIfPossible(source: ProjectFile): void {
  try {
    source.foldPendingMedia();
  } catch {
    // Folded into the copy instead.
  }
}

function copiedTables(db: Database): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'history_%'").pluck().all() as string[];
}

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Copies rows in rowid order; a read that fails on a damaged page resumes just after the last good row. */
function copyReadableRows(from: Database, to: Database, table: string): void {
  const columns = (from.prepare(`PRAGMA table_info(${quoted(table)})`).all() as Array<{ name: string }>).map((column) => column.name);
  const insert = to.prepare(`INSERT OR REPLACE INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const read = from.prepare(`SELECT rowid AS "__rowid", ${columns.map(quoted).join(', ')} FROM ${quoted(table)} WHERE rowid > ? ORDER BY rowid`).raw();
  let after = Number.MIN_SAFE_INTEGER;
  let skips = 0;
  for (;;) {
    let batch: unknown[][] = [];
    const flush = () => {
      const rows = batch;
      batch = [];
      to.transaction(() => {
        for (const row of rows) insert.run(...row);
      })();
    };
    try {
      for (const row of read.iterate(after) as Iterable<unknown[]>) {
        after = row[0] as number;
        batch.push(row.slice(1));
        if (batch.length === ROWS_PER_TRANSACTION) flush();
      }
      flush();
      return;
    } catch (error) {
      flush();
      if (!isSqliteReadError(error) || ++skips > MAX_SKIPS_PER_TABLE) return;
      after = unreadableRowAfter(from, table, after);
    }
  }
}

/** The row whose read failed: the next rowid, found in the table's own pages without reading the row's data. */
function unreadableRowAfter(db: Database, table: string, after: number): number {
  try {
    const next = db.prepare(`SELECT rowid FROM ${quoted(table)} WHERE rowid > ? ORDER BY rowid LIMIT 1`).pluck().get(after) as number | undefined;
    return next ?? after + 1;
  } catch {
    return after + 1;
  }
}

async function dropDamagedMedia(db: Database): Promise<void> {
  for (const sha256 of storedMediaHashes(db)) {
    if (await verifyMediaContent(db, sha256)) continue;
    db.transaction(() => {
      db.prepare('DELETE FROM media_assets WHERE sha256 = ?').run(sha256);
      db.prepare('DELETE FROM media_chunks WHERE content_id = (SELECT id FROM media_contents WHERE sha256 = ?)').run(sha256);
      db.prepare('DELETE FROM media_contents WHERE sha256 = ?').run(sha256);
    })();
  }
  db.prepare('DELETE FROM media_chunks WHERE content_id NOT IN (SELECT id FROM media_contents WHERE sha256 IS NOT NULL)').run();
  db.prepare('DELETE FROM media_contents WHERE sha256 IS NULL').run();
}

/** Rows whose parent was lost with a damaged page would break foreign keys: they go too. */
function dropOrphans(db: Database): void {
  for (let pass = 0; pass < 8; pass += 1) {
    const orphans = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number }>;
    if (orphans.length === 0) return;
    db.transaction(() => {
      for (const orphan of orphans) db.prepare(`DELETE FROM ${quoted(orphan.table)} WHERE rowid = ?`).run(orphan.rowid);
    })();
  }
}

function isSqliteReadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}
