/**
 * Where a media content's bytes are. An import writes them to a file of their own in a folder beside
 * the project, named like SQLite's side files (`course.spoc-media/<sha256>`), and commits the content
 * as pending; the fold (foldPendingMedia.ts) later copies them into media_chunks and deletes the file.
 * Readers go through mediaChunks (openMediaStream.ts), which reads either place.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, readSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';

const STORE_SUFFIX = '-media';
const TEMPORARY_SUFFIX = '.importing';
const CONTENT_FILE_NAME = /^[0-9a-f]{64}$/;

const storeDirs = new WeakMap<Database, string>();

export function mediaStoreDirFor(projectPath: string): string {
  return `${projectPath}${STORE_SUFFIX}`;
}

/** Names the store of a connection's project: a read-only connection may be reading a private copy of the file, away from its store. */
export function registerMediaStore(db: Database, projectPath: string): void {
  storeDirs.set(db, mediaStoreDirFor(projectPath));
}

export function mediaStoreDirOf(db: Database): string {
  return storeDirs.get(db) ?? mediaStoreDirFor(db.name);
}

export function storeFileOf(storeDir: string, sha256: string): string {
  return path.join(storeDir, sha256);
}

/** A name for bytes still being imported (their hash is not known yet): deleted at the next sweep if the import never finished. */
export function temporaryStoreFile(storeDir: string): string {
  return path.join(storeDir, `${randomUUID()}${TEMPORARY_SUFFIX}`);
}

/** Whether a content's bytes are still in the store (older projects have no pending column: never). */
export function isPending(content: object): boolean {
  return (content as { pending?: unknown }).pending === 1;
}

/**
 * A pending content's bytes read from its store file, in chunks of chunkSize, as the consumer pulls.
 * A missing or short file is reported as damaged media, never as a shorter stream.
 */
export function* storeFileChunks(storeDir: string, sha256: string, size: number, chunkSize: number, shownName: string): Generator<Buffer> {
  let fd: number;
  try {
    fd = openSync(storeFileOf(storeDir, sha256), 'r');
  } catch (error) {
    throw appError('corrupt-project', 'mediaStoreFileMissing', { name: shownName, folder: path.basename(storeDir), detail: (error as Error).message });
  }
  try {
    const parts = Math.ceil(size / chunkSize);
    for (let index = 0; index < parts; index += 1) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, size - index * chunkSize));
      if (readFully(fd, chunk, index * chunkSize) < chunk.length) throw appError('corrupt-project', 'mediaPartMissing', { sha256, part: index + 1, parts });
      yield chunk;
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads into the whole buffer from position unless the file ends first; returns the bytes read. */
export function readFully(fd: number, buffer: Buffer, position: number): number {
  let filled = 0;
  while (filled < buffer.length) {
    const bytesRead = readSync(fd, buffer, filled, buffer.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled;
}

/**
 * Deletes what no committed row needs: files of imports that never finished and contents no
 * pending row names (folded, or deleted from the library). The folder goes once empty. Only while
 * no import runs (its temporary file would look unfinished).
 */
export function sweepMediaStore(db: Database, storeDir: string): void {
  let names: string[];
  try {
    names = readdirSync(storeDir);
  } catch {
    return;
  }
  const pending = new Set(db.prepare('SELECT sha256 FROM media_contents WHERE pending = 1').pluck().all() as string[]);
  for (const name of names) {
    if (name.endsWith(TEMPORARY_SUFFIX) || (CONTENT_FILE_NAME.test(name) && !pending.has(name))) rmSync(path.join(storeDir, name), { force: true });
  }
  if (pending.size > 0) return;
  try {
    rmdirSync(storeDir);
  } catch {
    // Files we do not own are left where they are, and so is the folder.
  }
}

/** Makes a folder's entries (a rename, a new file) survive a power cut. Windows cannot sync a folder and needs not. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
