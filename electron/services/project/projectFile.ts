import BetterSqlite3, { type Database } from 'better-sqlite3';
import { copyFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/appError';
import { discardUnfinishedMediaImports } from '../media/discardUnfinishedMediaImports';
import { MIGRATIONS, type Migration } from './migrations';
import { PROJECT_EXTENSION, SPOC_APPLICATION_ID, readProjectHeader } from './projectFormat';
import { ProjectSettings } from './projectSettings';

/** Tables checked at every open; media chunks are skipped so opening stays fast with gigabytes of media (their reads still report corruption). */
const MEDIA_CHUNK_TABLE = 'media_chunks';

/**
 * An open project file: one SQLite database per course. Every user action is one transaction,
 * committed at once (autosave). synchronous=FULL in WAL mode: a commit reaches the disk before the
 * call returns, so an action shown as saved survives a power cut, for one fsync per action.
 */
export class ProjectFile {
  readonly settings: ProjectSettings;

  private constructor(
    readonly path: string,
    readonly db: Database,
  ) {
    this.settings = new ProjectSettings(db);
  }

  get fileName(): string {
    return path.basename(this.path);
  }

  /** Runs fn in one write transaction (BEGIN IMMEDIATE); nested calls become savepoints. */
  transaction<T>(fn: (db: Database) => T): T {
    return this.db.transaction(fn).immediate(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /**
   * Opens an existing project, migrating an older one after a backup. Foreign, corrupt or newer files
   * are left untouched. migrations is the list this build knows (tests pass a longer one).
   */
  static open(filePath: string, migrations: readonly Migration[] = MIGRATIONS): ProjectFile {
    const fileName = path.basename(filePath);
    const version = inspectProjectFile(filePath, migrations.length);
    const db = connect(filePath, fileName);
    try {
      if (version < migrations.length) migrateWithBackup(db, filePath, version, migrations);
      discardUnfinishedMediaImports(db);
      return new ProjectFile(filePath, db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Creates a project at filePath, filled by fill, then opens it. The file is built under a temporary
   * name and renamed into place, so a failure never leaves a half-made project (or clobbers an old one).
   */
  static async create(filePath: string, fill: (project: ProjectFile) => void | Promise<void>): Promise<ProjectFile> {
    const directory = path.dirname(filePath);
    const temporaryPath = path.join(directory, `.${path.basename(filePath)}.${process.pid}-${Date.now()}.creating`);
    let db: Database;
    try {
      db = new BetterSqlite3(temporaryPath);
    } catch (error) {
      throw new AppError('file-error', `Cannot create "${path.basename(filePath)}" in ${directory}: ${messageOf(error)}. Choose a folder you can write to.`);
    }
    try {
      // Both can only be chosen before the first table exists. 64 KB pages hold a 1 MB media chunk in
      // 16 pages instead of 256, which reads media out (export, preview) ~2.5x faster; incremental
      // auto_vacuum lets us give back freed media pages cheaply.
      db.pragma('page_size = 65536');
      db.pragma('auto_vacuum = INCREMENTAL');
      db.pragma(`application_id = ${SPOC_APPLICATION_ID}`);
      configure(db);
      db.transaction(() => runMigrations(db, 0, MIGRATIONS)).immediate();
      const project = new ProjectFile(temporaryPath, db);
      await fill(project);
      db.close();
      renameSync(temporaryPath, filePath);
    } catch (error) {
      if (db.open) db.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(temporaryPath + suffix, { force: true });
      throw error;
    }
    return ProjectFile.open(filePath);
  }
}

/** Checks a file is a readable project of ours without writing to it; returns its schema version. */
function inspectProjectFile(filePath: string, latestVersion: number): number {
  const fileName = path.basename(filePath);
  try {
    if (!statSync(filePath).isFile()) throw new AppError('not-a-project', `"${fileName}" is a folder, not a SPOC Studio project (${PROJECT_EXTENSION}).`);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('file-error', `Cannot read "${fileName}": ${messageOf(error)}. Check the file still exists and you may read it.`);
  }
  const header = readProjectHeader(filePath);
  const notOurs = new AppError(
    'not-a-project',
    `"${fileName}" is not a SPOC Studio project. Open a ${PROJECT_EXTENSION} file made by SPOC Studio.`,
  );
  const corrupt = (detail: string) =>
    new AppError(
      'corrupt-project',
      `"${fileName}" is damaged (${detail}). It was left untouched; open a backup copy of it (for example a .v1-backup file beside it).`,
    );
  if (header.kind === 'not-sqlite') throw notOurs;
  if (header.kind === 'truncated-header') throw corrupt('the file is cut short');
  if (header.applicationId !== SPOC_APPLICATION_ID) throw notOurs;
  // The file alone says nothing of the project's size: pages may still be in its -wal file (a full disk,
  // a kill during a checkpoint). SQLite reads both, so only its own checks below judge the file.
  throwIfNewer(header.userVersion, latestVersion, fileName);

  let db: Database | undefined;
  try {
    db = new BetterSqlite3(filePath, { readonly: true, fileMustExist: true });
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    throwIfNewer(userVersion, latestVersion, fileName);
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> ?")
      .pluck()
      .all(MEDIA_CHUNK_TABLE) as string[];
    for (const table of tables) {
      const result = db.prepare(`PRAGMA quick_check("${table.replaceAll('"', '""')}")`).pluck().all() as string[];
      if (result.length !== 1 || result[0] !== 'ok') throw corrupt(`table ${table} failed its integrity check`);
    }
    return userVersion;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (isCorruption(error)) throw corrupt(messageOf(error));
    throw new AppError('file-error', `Cannot read "${fileName}": ${messageOf(error)}.`);
  } finally {
    db?.close();
  }
}

function throwIfNewer(userVersion: number, latestVersion: number, fileName: string): void {
  if (userVersion > latestVersion) {
    throw new AppError(
      'newer-version',
      `"${fileName}" was made by a newer SPOC Studio (file format ${userVersion}, this app reads up to ${latestVersion}). Update the app to open it.`,
    );
  }
}

function connect(filePath: string, fileName: string): Database {
  try {
    const db = new BetterSqlite3(filePath, { fileMustExist: true });
    configure(db);
    return db;
  } catch (error) {
    if (isCorruption(error)) throw new AppError('corrupt-project', `"${fileName}" is damaged (${messageOf(error)}). Open a backup copy of it.`);
    throw new AppError('file-error', `Cannot open "${fileName}" for writing: ${messageOf(error)}. Check you may write to it and its folder.`);
  }
}

function configure(db: Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
  // Keeps the -wal file from staying at the size of the largest media import once checkpointed.
  db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
}

function runMigrations(db: Database, fromVersion: number, migrations: readonly Migration[]): void {
  for (let version = fromVersion; version < migrations.length; version += 1) migrations[version]!(db);
  db.pragma(`user_version = ${migrations.length}`);
}

function migrateWithBackup(db: Database, filePath: string, fromVersion: number, migrations: readonly Migration[]): void {
  if (fromVersion > 0) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const base = path.basename(filePath, PROJECT_EXTENSION);
    const backupPath = path.join(path.dirname(filePath), `${base}.v${fromVersion}-backup-${stamp}${PROJECT_EXTENSION}`);
    try {
      copyFileSync(filePath, backupPath);
    } catch (error) {
      throw new AppError('file-error', `Cannot back up "${path.basename(filePath)}" before updating its format: ${messageOf(error)}. Free some disk space and try again.`);
    }
  }
  try {
    db.transaction(() => runMigrations(db, fromVersion, migrations)).immediate();
  } catch (error) {
    throw new AppError('internal', `Updating the format of "${path.basename(filePath)}" failed (${messageOf(error)}); the file was left as it was.`);
  }
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
