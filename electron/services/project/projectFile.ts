import BetterSqlite3, { type Database } from 'better-sqlite3';
import { accessSync, constants as fsConstants, copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError, appError } from '../../../shared/api/appError';
import type { ReadOnlyReason } from '../../../shared/api/projectCalls';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { discardUnfinishedMediaImports } from '../media/discardUnfinishedMediaImports';
import { PendingMedia, foldPendingStep } from '../media/foldPendingMedia';
import { mediaStoreDirFor, registerMediaStore } from '../media/mediaStore';
import { mediaContentState, storedMediaHashes } from '../media/verifyMediaContent';
import { MIGRATIONS, type Migration } from './migrations';
import { PROJECT_EXTENSION, SPOC_APPLICATION_ID, readProjectHeader } from './projectFormat';
import { preparedStatement } from './preparedStatement';
import { openReadOnlyConnection, type ReadOnlyConnection } from './openReadOnlyConnection';
import { ProjectLock } from './projectLock';
import { temporaryPathFor } from './temporaryFiles';
import { ProjectSettings } from './projectSettings';
import { readCourseDocument } from './readCourseDocument';
import { RowReuse } from './rowReuse';
import { CourseTableChanges } from './courseTableChanges';

/** Page cache while media are imported (KiB): a batch of media chunks and the pages they touch. */
const APPEND_CACHE_KIB = 48 * 1024;
/**
 * Page cache otherwise (KiB): SQLite's own default, 2,000 KiB, set at open since better-sqlite3 builds
 * SQLite with 16 MB. The course document is read once and kept, and media pages are read past the
 * cache: a larger cache only held course pages resident (4-5 MB of a 16x course's export peak).
 */
const DEFAULT_CACHE_SIZE = -2000;

/** Checked at open by reading every media back (in the background); the other tables are checked in full before opening. */
const MEDIA_CHUNK_TABLE = 'media_chunks';

export interface OpenOptions {
  /** Open for reading only, without taking the lock (offered when another instance edits the project). */
  readOnly?: boolean;
}

/**
 * An open project file: one SQLite database per course. Every user action is one transaction,
 * committed at once (autosave). synchronous=FULL in WAL mode: a commit reaches the disk before the
 * call returns, so an action shown as saved survives a power cut, for one fsync per action.
 * A project is opened read-only when its place forbids writing, another instance edits it, or it is
 * damaged; its transactions are then refused.
 */
export class ProjectFile {
  readonly settings: ProjectSettings;
  /** Media imported into the store beside the file and not yet folded into it (media/mediaStore.ts). */
  readonly pendingMedia: PendingMedia;
  private appendJournalUsers = 0;
  private cachedDocument: { stamp: string; document: CourseDocument } | null = null;
  private readonly documentRows = new RowReuse();
  /** Set on a writable project: which course tables this connection changed since the last read. */
  private tableChanges: CourseTableChanges | null = null;
  private lastDataVersion: number | null = null;
  private readOnlyReason: ReadOnlyReason | null;
  private mediaCheck: Promise<void> = Promise.resolve();
  /** What is wrong with a damaged project, in a few words (for its message), or null. */
  damage: string | null = null;

  private constructor(
    readonly path: string,
    readonly db: Database,
    readOnly: ReadOnlyReason | null,
    private readonly release: () => void,
  ) {
    this.settings = new ProjectSettings(db);
    this.readOnlyReason = readOnly;
    db.pragma(`cache_size = ${DEFAULT_CACHE_SIZE}`);
    registerMediaStore(db, path);
    this.pendingMedia = new PendingMedia(this, mediaStoreDirFor(path));
  }

  get fileName(): string {
    return path.basename(this.path);
  }

  /** Why the project cannot be edited, or null when it can. */
  get readOnly(): ReadOnlyReason | null {
    return this.readOnlyReason;
  }

  /** Resolves once the background read of every media is over (writes wait for it: a damaged file must not be edited). */
  whenChecked(): Promise<void> {
    return this.mediaCheck;
  }

  /** Runs fn in one write transaction (BEGIN IMMEDIATE); nested calls become savepoints. */
  transaction<T>(fn: (db: Database) => T): T {
    if (this.readOnlyReason) throw appError('read-only', 'projectReadOnly');
    return this.db.transaction(fn).immediate(this.db);
  }

  /**
   * The whole course, read and validated once and kept until the file changes: checks, pacing and
   * export read it on every call, and re-reading a large course costs ~15x the checks themselves.
   * Frozen, since every caller shares it.
   */
  courseDocument(): CourseDocument {
    const stamp = this.writeStamp();
    if (this.cachedDocument?.stamp !== stamp) {
      // A commit by another connection may have changed any table, and counts taken inside a
      // transaction may be rolled back with it and then reached again by other changes: read all again.
      const dataVersion = this.db.pragma('data_version', { simple: true }) as number;
      const othersWrote = this.lastDataVersion !== dataVersion;
      this.lastDataVersion = dataVersion;
      const tableChanges = othersWrote || this.db.inTransaction ? null : (this.tableChanges?.counts() ?? null);
      this.cachedDocument = { stamp, document: deepFreeze(readCourseDocument(this.db, { rows: this.documentRows, tableChanges, updates: tableChanges ? this.tableChanges : null })) };
    }
    return this.cachedDocument.document;
  }

  /** Whether a course document was read on this connection (kept, or to be re-read reusing its rows). */
  keepsCourseDocument(): boolean {
    return this.cachedDocument !== null;
  }

  /**
   * Changes whenever the file's content may have: rows changed by this connection (total_changes
   * counts rolled-back and trigger changes too, which only costs a needless re-read) or a commit by
   * another connection (data_version).
   */
  private writeStamp(): string {
    const changes = preparedStatement(this.db, 'SELECT total_changes()').pluck().get() as number;
    return `${changes}:${this.db.pragma('data_version', { simple: true }) as number}`;
  }

  /**
   * Runs fn (a media import) with a rollback journal instead of the WAL. The WAL writes every page
   * twice (WAL, then checkpoint); a rollback journal keeps only the old content of the few pages a
   * commit changes, and pages appended past the file's end (media chunks) need none, so media bytes
   * are written once, still atomically and synced at each commit. Only a connection alone on its
   * file may leave the WAL: otherwise fn runs in the WAL as before. Back to the WAL afterwards.
   */
  async withAppendJournal<T>(fn: () => Promise<T>): Promise<T> {
    this.enterAppendJournal();
    try {
      return await fn();
    } finally {
      this.leaveAppendJournal();
    }
  }

  /** The same for synchronous work (folding every pending media before the file is closed or copied). */
  withAppendJournalNow<T>(fn: () => T): T {
    this.enterAppendJournal();
    try {
      return fn();
    } finally {
      this.leaveAppendJournal();
    }
  }

  private enterAppendJournal(): void {
    if (this.appendJournalUsers === 0 && switchJournal(this.db, 'truncate')) {
      // Room for a whole batch of chunks: a smaller cache spills pages to the file mid-transaction.
      this.db.pragma(`cache_size = ${-APPEND_CACHE_KIB}`);
      // Keeps the journal open between commits: reopening it costs a sync of the folder each time.
      this.db.pragma('locking_mode = EXCLUSIVE');
    }
    this.appendJournalUsers += 1;
  }

  private leaveAppendJournal(): void {
    this.appendJournalUsers = Math.max(0, this.appendJournalUsers - 1);
    if (this.appendJournalUsers === 0 && this.db.open) {
      this.db.pragma(`cache_size = ${DEFAULT_CACHE_SIZE}`);
      this.db.pragma('locking_mode = NORMAL');
      switchJournal(this.db, 'wal');
    }
  }

  /**
   * Folds every media still in the store into the file (see media/foldPendingMedia.ts), so that the
   * file alone holds the whole project: before it is closed, copied or compacted. A full disk leaves
   * the rest in the store, still read from there and folded at the next opening.
   */
  foldPendingMedia(): void {
    this.pendingMedia.foldAll();
  }

  close(): void {
    if (this.db.open && !this.readOnlyReason) {
      try {
        this.foldPendingMedia();
      } catch {
        // Closing still releases the file; the store keeps the bytes.
      }
      // A background fold paused between two steps still holds the rollback journal: the file goes back to WAL now.
      if (this.appendJournalUsers > 0) {
        this.appendJournalUsers = 1;
        this.leaveAppendJournal();
      }
    }
    if (this.db.open && !this.db.readonly) {
      try {
        // Merges the -wal into the file now; on a full disk it stays, and the next opening reads it.
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // Closing still releases the file.
      }
    }
    if (this.db.open) this.db.close();
    this.release();
  }

  /**
   * Opens an existing project, migrating an older one after a backup. Foreign, newer or unreadable
   * files are refused and left untouched; damaged ones open read-only. migrations is the list this
   * build knows (tests pass a longer one).
   */
  static open(filePath: string, migrations: readonly Migration[] = MIGRATIONS, options: OpenOptions = {}): ProjectFile {
    const fileName = path.basename(filePath);
    const inspected = inspectProjectFile(filePath, migrations.length);
    const readOnly: ReadOnlyReason | null = inspected.damage ? 'damaged' : !mayWrite(filePath) ? 'read-only-place' : options.readOnly ? 'locked' : null;
    if (readOnly) {
      const project = new ProjectFile(filePath, inspected.connection.db, readOnly, inspected.connection.close);
      project.damage = inspected.damage;
      return project;
    }
    inspected.connection.close();
    const lock = ProjectLock.acquire(filePath);
    let db: Database;
    try {
      db = connect(filePath, fileName);
    } catch (error) {
      lock.release();
      throw error;
    }
    try {
      if (inspected.version < migrations.length) {
        // The backup is a copy of the file alone: media still in the store beside it go into it first.
        if (hasPendingMediaColumn(db)) while (foldPendingStep(db, mediaStoreDirFor(filePath), new Set()));
        migrateWithBackup(db, filePath, inspected.version, migrations);
      }
      discardUnfinishedMediaImports(db);
      const project = new ProjectFile(filePath, db, null, () => lock.release());
      project.tableChanges = CourseTableChanges.install(db);
      // Imports the app was killed in left files no row names; the pending ones go into the file once it is found sound.
      project.pendingMedia.sweep();
      project.mediaCheck = project.readEveryMedia();
      void project.mediaCheck.then(() => project.pendingMedia.foldSoon());
      return project;
    } catch (error) {
      db.close();
      lock.release();
      throw error;
    }
  }

  /** Reads every media chunk back (hashes are validate's and the export's job); pages SQLite cannot read make the project read-only as damaged. */
  private async readEveryMedia(): Promise<void> {
    const damaged = (detail: string) => {
      this.readOnlyReason = 'damaged';
      this.damage = detail;
    };
    try {
      // Contents still pending are in the store, not in SQLite's pages: the fold reads them.
      for (const sha256 of storedMediaHashes(this.db, { folded: true })) {
        if (!this.db.open) return;
        if ((await mediaContentState(this.db, sha256, { paced: true, readableOnly: true })) === 'unreadable') return damaged(`media ${sha256.slice(0, 12)} cannot be read`);
      }
    } catch (error) {
      if (this.db.open && isCorruption(error)) damaged(messageOf(error));
    }
  }

  /**
   * Creates a project at filePath, filled by fill, then opens it. The file is built under a temporary
   * name and renamed into place, so a failure never leaves a half-made project (or clobbers an old one).
   */
  static async create(filePath: string, fill: (project: ProjectFile) => void | Promise<void>): Promise<ProjectFile> {
    const directory = path.dirname(filePath);
    const temporaryPath = temporaryPathFor(filePath, '.creating');
    let db: Database;
    try {
      db = new BetterSqlite3(temporaryPath);
    } catch (error) {
      throw appError('file-error', 'fileNotCreated', { file: path.basename(filePath), folder: directory, detail: messageOf(error) });
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
      const project = new ProjectFile(temporaryPath, db, null, () => {});
      await fill(project);
      project.foldPendingMedia();
      // Everything goes into the main file before the rename: a -wal left beside the temporary name
      // (its checkpoint failed on a full disk) would leave the new project cut short.
      if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw new Error('the new file could not be completed');
      db.close();
      renameSync(temporaryPath, filePath);
    } catch (error) {
      if (db.open) db.close();
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temporaryPath + suffix, { force: true });
      rmSync(mediaStoreDirFor(temporaryPath), { recursive: true, force: true });
      if (error instanceof AppError) throw error;
      throw appError('file-error', 'projectNotCreated', { file: path.basename(filePath), detail: messageOf(error) });
    }
    return ProjectFile.open(filePath);
  }
}

interface Inspection {
  version: number;
  /** What is damaged, or null when every course table passes integrity_check. */
  damage: string | null;
  connection: ReadOnlyConnection;
}

/**
 * Checks a file is a readable project of ours without writing to it: its header, then SQLite's own
 * integrity_check of every table but the media chunks (read back in the background instead), reading
 * the -wal too. Returns the read-only connection it used.
 */
function inspectProjectFile(filePath: string, latestVersion: number): Inspection {
  const fileName = path.basename(filePath);
  try {
    if (!statSync(filePath).isFile()) throw appError('not-a-project', 'projectIsFolder', { file: fileName });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw appError('file-error', 'projectNotReadable', { file: fileName, detail: messageOf(error) });
  }
  const header = readProjectHeader(filePath);
  const notOurs = appError('not-a-project', 'notAProject', { file: fileName });
  const unreadable = (detail: string) => appError('corrupt-project', 'projectUnreadable', { file: fileName, detail });
  if (header.kind === 'not-sqlite') throw notOurs;
  if (header.kind === 'truncated-header') throw unreadable('the file is cut short');
  if (header.applicationId !== SPOC_APPLICATION_ID) throw notOurs;
  throwIfNewer(header.userVersion, latestVersion, fileName);

  let connection: ReadOnlyConnection;
  try {
    // Only once the file is known to be ours: rolling a journal back writes to the file.
    rollBackHotJournal(filePath);
    connection = openReadOnlyConnection(filePath);
  } catch (error) {
    if (isCorruption(error)) throw unreadable(messageOf(error));
    throw appError('file-error', 'projectNotReadable', { file: fileName, detail: messageOf(error) });
  }
  const { db } = connection;
  try {
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    throwIfNewer(userVersion, latestVersion, fileName);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> ?").pluck().all(MEDIA_CHUNK_TABLE) as string[];
    if (!tables.includes('courses')) throw unreadable('its course table is missing');
    return { version: userVersion, damage: damageIn(db, tables), connection };
  } catch (error) {
    connection.close();
    if (error instanceof AppError) throw error;
    if (isCorruption(error)) throw unreadable(messageOf(error));
    throw appError('file-error', 'projectNotReadable', { file: fileName, detail: messageOf(error) });
  }
}

/** The first table failing integrity_check (pages, indexes against rows), or null. */
function damageIn(db: Database, tables: string[]): string | null {
  for (const table of tables) {
    try {
      const result = db.prepare(`PRAGMA integrity_check("${table.replaceAll('"', '""')}")`).pluck().all() as string[];
      if (result.length !== 1 || result[0] !== 'ok') return `table ${table} failed its integrity check`;
    } catch (error) {
      if (!isCorruption(error)) throw error;
      return `table ${table} cannot be read`;
    }
  }
  return null;
}

/** Whether this process may write the file and create its -wal, -shm and lock beside it. */
function mayWrite(filePath: string): boolean {
  try {
    accessSync(filePath, fsConstants.W_OK);
    accessSync(path.dirname(filePath), fsConstants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function throwIfNewer(userVersion: number, latestVersion: number, fileName: string): void {
  if (userVersion > latestVersion) {
    throw appError('newer-version', 'newerVersion', { file: fileName, version: userVersion, latest: latestVersion });
  }
}

/**
 * A kill during a media import (which writes under a rollback journal) leaves a hot journal, which
 * only a writing connection rolls back: the read-only inspection could not read the file otherwise.
 * A kill between two of its commits leaves an emptied journal instead, which SQLite keeps (and WAL
 * mode ignores): leaving PERSIST mode makes SQLite delete it under its own lock.
 */
function rollBackHotJournal(filePath: string): void {
  if (!existsSync(`${filePath}-journal`) || !mayWrite(filePath)) return;
  try {
    const db = new BetterSqlite3(filePath, { fileMustExist: true });
    try {
      db.pragma('schema_version');
      if (db.pragma('journal_mode', { simple: true }) === 'wal') rmSync(`${filePath}-journal`, { force: true });
      else {
        db.pragma('journal_mode = PERSIST');
        db.pragma('journal_mode = DELETE');
      }
    } finally {
      db.close();
    }
  } catch {
    // Busy or unreadable: the inspection that follows says what is wrong.
  }
}

function connect(filePath: string, fileName: string): Database {
  try {
    const db = new BetterSqlite3(filePath, { fileMustExist: true });
    configure(db);
    return db;
  } catch (error) {
    if (isCorruption(error)) throw appError('corrupt-project', 'projectUnreadable', { file: fileName, detail: messageOf(error) });
    throw appError('file-error', 'projectNotWritable', { file: fileName, detail: messageOf(error) });
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

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Sets the journal mode when SQLite allows it now (no other connection, no open transaction); keeps the current one otherwise. */
function switchJournal(db: Database, mode: 'wal' | 'truncate'): boolean {
  if (db.inTransaction) return false;
  try {
    return db.pragma(`journal_mode = ${mode}`, { simple: true }) === mode;
  } catch {
    // Busy (another connection reads the file): the current journal keeps the same guarantees.
    return false;
  }
}

function runMigrations(db: Database, fromVersion: number, migrations: readonly Migration[]): void {
  for (let version = fromVersion; version < migrations.length; version += 1) migrations[version]!(db);
  db.pragma(`user_version = ${migrations.length}`);
}

function hasPendingMediaColumn(db: Database): boolean {
  return db.prepare("SELECT 1 FROM pragma_table_info('media_contents') WHERE name = 'pending'").get() !== undefined;
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
      throw appError('file-error', 'backupBeforeMigration', { file: path.basename(filePath), detail: messageOf(error) });
    }
  }
  try {
    db.transaction(() => runMigrations(db, fromVersion, migrations)).immediate();
  } catch (error) {
    throw appError('internal', 'migrationFailed', { file: path.basename(filePath), detail: messageOf(error) });
  }
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
