import BetterSqlite3, { type Database } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A connection that cannot write, and what to do once it is closed. */
export interface ReadOnlyConnection {
  db: Database;
  /** Closes the connection and removes any private copy made to read the file. */
  close(): void;
}

/**
 * Opens a project for reading only, its -wal included. Where even SQLite's -shm index cannot be made
 * (a read-only mount or folder), the file and its -wal are read from a private copy instead.
 */
export function openReadOnlyConnection(filePath: string): ReadOnlyConnection {
  try {
    const db = new BetterSqlite3(filePath, { readonly: true, fileMustExist: true });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    } catch (error) {
      db.close();
      throw error;
    }
    return { db, close: () => db.open && db.close() };
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_CANTOPEN') throw error;
  }
  const copyDir = mkdtempSync(path.join(tmpdir(), 'spoc-read-only-'));
  try {
    const copyPath = path.join(copyDir, path.basename(filePath));
    copyFileSync(filePath, copyPath);
    if (existsSync(`${filePath}-wal`)) copyFileSync(`${filePath}-wal`, `${copyPath}-wal`);
    const db = new BetterSqlite3(copyPath, { readonly: true, fileMustExist: true });
    return {
      db,
      close() {
        if (db.open) db.close();
        rmSync(copyDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(copyDir, { recursive: true, force: true });
    throw error;
  }
}
