import type { Database } from 'better-sqlite3';
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ProjectFile } from '../project/projectFile';
import { MEDIA_CHUNK_SIZE } from './importMediaFile';
import { readFully, storeFileOf, sweepMediaStore } from './mediaStore';

/** Chunks copied per transaction: 32 MB per commit, as media imports used to write them. */
const CHUNKS_PER_STEP = 32;
/** Quiet time after an import before folding starts: the next file of a batch of picks usually starts within it. */
const FOLD_DELAY_MS = 300;

interface PendingContent {
  id: number;
  sha256: string;
  size: number;
}

/**
 * Copies the next batch of a pending content's bytes from its store file into media_chunks, in one
 * transaction. The batch completing a content also clears its pending mark, and the file is deleted
 * right after that commit, in the same turn: a reader finds either the file or the chunks. A fold cut
 * short (kill, full disk) resumes after the chunks already committed: same content, same bytes.
 * Contents whose file is missing or short stay pending (added to skipped): readers report them as
 * damaged media. keepFiles: the store is another project's (a copy is being made). Returns false
 * when nothing is left to fold.
 */
export function foldPendingStep(db: Database, storeDir: string, skipped: Set<string>, options: { keepFiles?: boolean } = {}): boolean {
  const contents = db.prepare('SELECT id, sha256, size FROM media_contents WHERE pending = 1 ORDER BY id').all() as PendingContent[];
  let content: PendingContent | undefined;
  for (const candidate of contents) {
    if (skipped.has(candidate.sha256)) continue;
    if (storeFileHolds(storeDir, candidate)) {
      content = candidate;
      break;
    }
    skipped.add(candidate.sha256);
  }
  if (!content) return false;
  const file = storeFileOf(storeDir, content.sha256);
  const chunkCount = Math.ceil(content.size / MEDIA_CHUNK_SIZE);
  const insertChunk = db.prepare('INSERT INTO media_chunks (content_id, chunk_index, data) VALUES (?, ?, ?)');
  const fd = openSync(file, 'r');
  let complete = false;
  try {
    db.transaction(() => {
      const done = db.prepare('SELECT COUNT(*) FROM media_chunks WHERE content_id = ?').pluck().get(content.id) as number;
      const end = Math.min(chunkCount, done + CHUNKS_PER_STEP);
      const buffer = Buffer.allocUnsafe(MEDIA_CHUNK_SIZE);
      for (let index = done; index < end; index += 1) {
        const chunk = buffer.subarray(0, Math.min(MEDIA_CHUNK_SIZE, content.size - index * MEDIA_CHUNK_SIZE));
        readFully(fd, chunk, index * MEDIA_CHUNK_SIZE);
        insertChunk.run(content.id, index, chunk);
      }
      complete = end === chunkCount;
      if (complete) db.prepare('UPDATE media_contents SET pending = 0 WHERE id = ?').run(content.id);
    }).immediate();
  } finally {
    closeSync(fd);
  }
  if (complete && !options.keepFiles) {
    try {
      rmSync(file, { force: true });
    } catch {
      // Held open elsewhere (Windows): no row names it any more, so the next sweep deletes it.
    }
  }
  return true;
}

function storeFileHolds(storeDir: string, content: PendingContent): boolean {
  return (statSync(storeFileOf(storeDir, content.sha256), { throwIfNoEntry: false })?.size ?? -1) >= content.size;
}

/**
 * The folding of an open project's pending media into its file: in the background once no import
 * runs (one short transaction per step, other calls run in between), and all at once before the
 * project is closed, copied or compacted, so that a closed project is one file again.
 */
export class PendingMedia {
  private importsRunning = 0;
  /** Work that reads the file through a connection of its own (an export's copying thread), which a fold's exclusive lock would shut out. */
  private readersRunning = 0;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** Contents found without their file: not looked at again by the background fold. */
  private readonly skipped = new Set<string>();

  constructor(
    private readonly project: Pick<ProjectFile, 'db' | 'readOnly' | 'withAppendJournal' | 'withAppendJournalNow'>,
    readonly storeDir: string,
  ) {}

  /** Marks an import running (folding waits for it); call the returned function when it ends. */
  importStarted(): () => void {
    this.importsRunning += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.importsRunning -= 1;
      this.foldSoon();
    };
  }

  /** Runs work with no fold under way or starting: one under way stops after its current step. */
  async whileReading<T>(work: () => Promise<T>): Promise<T> {
    this.readersRunning += 1;
    try {
      await this.running;
      return await work();
    } finally {
      this.readersRunning -= 1;
      this.foldSoon();
    }
  }

  /** Starts a background fold after a short quiet time, unless one is under way or an import runs. */
  foldSoon(): void {
    if (this.timer || this.running || !this.mayFold()) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.foldInBackground().finally(() => (this.running = null));
    }, FOLD_DELAY_MS);
    // A process may end with media still pending: the next opening folds them.
    this.timer.unref();
  }

  /** Resolves once no background fold is under way or waiting to start (tests, benches). */
  async settled(): Promise<void> {
    while (this.timer || this.running) {
      if (this.timer) await new Promise((resolve) => setTimeout(resolve, FOLD_DELAY_MS));
      await this.running;
    }
  }

  /**
   * Folds what is pending now, step by step with other calls in between, for a project about to be
   * closed: close() then finds nothing left to fold at once, which would block the app for ~2 s per GB.
   */
  async foldBeforeClosing(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running ??= this.foldInBackground().finally(() => (this.running = null));
    await this.running;
  }

  /** Folds every pending content now (before closing or copying the file); throws what stopped it (a full disk), leaving the rest pending. */
  foldAll(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.project.db.open || this.project.readOnly || !this.hasPending()) return this.sweep();
    this.project.withAppendJournalNow(() => {
      const skipped = new Set<string>();
      while (foldPendingStep(this.project.db, this.storeDir, skipped));
    });
    this.sweep();
  }

  /** Deletes store files no committed row needs, and the folder once empty; not while an import writes into it. */
  sweep(): void {
    if (this.importsRunning === 0 && this.project.db.open && !this.project.readOnly) sweepMediaStore(this.project.db, this.storeDir);
  }

  private async foldInBackground(): Promise<void> {
    if (!this.mayFold()) return;
    try {
      // Nothing to fold: only files a failed import's commit left behind, if any.
      if (!this.hasPending()) return this.sweep();
      await this.project.withAppendJournal(async () => {
        while (this.mayFold() && foldPendingStep(this.project.db, this.storeDir, this.skipped)) await nextTurn();
      });
      if (this.mayFold()) this.sweep();
    } catch {
      // A full disk, most likely: the bytes stay in the store, readable, and are folded at closing or at the next opening.
    }
  }

  private mayFold(): boolean {
    return this.importsRunning === 0 && this.readersRunning === 0 && this.project.db.open && !this.project.readOnly;
  }

  private hasPending(): boolean {
    return this.project.db.prepare('SELECT 1 FROM media_contents WHERE pending = 1 LIMIT 1').get() !== undefined;
  }
}
