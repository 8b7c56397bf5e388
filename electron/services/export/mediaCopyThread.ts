import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { appError } from '../../../shared/api/appError';
import { MEDIA_CHUNK_SIZE } from '../media/importMediaFile';
import { CHUNK_SQL, CONTENT_BY_HASH_SQL } from '../media/openMediaStream';

/** Where a content's bytes go: the open zip file, from offset, synced every syncEveryBytes (0: never) with at most maxInFlightBytes handed to it. */
export interface CopyTarget {
  fd: number;
  offset: number;
  syncEveryBytes: number;
  maxInFlightBytes: number;
}

export interface CopyRequest {
  sha256: string;
  /** The entry's name in the zip, for the messages. */
  name: string;
  size: number;
  crc32: number;
}

/** What the thread answers about one copy. */
type CopyReport =
  | { id: number; copied: number }
  | { id: number; done: true }
  | { id: number; failed: 'cancelled' | 'not-found' | 'damaged' }
  | { id: number; failed: 'part-missing'; part: number; parts: number }
  | { id: number; failed: 'short'; actual: number }
  | { id: number; failed: 'error'; code?: string; message: string };

// Plain JavaScript run as is (eval) by the thread. It opens its own read-only connection to the
// project file and copies a folded content's chunks into the zip file at an offset: read (in one
// read transaction, so a media deleted meanwhile is still whole), CRC-checked, written with a few
// writes in flight and synced every so often, as FileSink does on the main thread. Its 1 MB chunk
// buffers die in this thread's small heap: on the main thread, the collections they set off marked
// the whole course document again and again (~0.8 s of the GC threads' CPU per 1.5 GB).
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { crc32 } = require('node:zlib');
const Database = require(workerData.sqliteModule);
const db = new Database(workerData.projectPath, { readonly: true, fileMustExist: true });
db.pragma('cache_size = -2000');
db.pragma('busy_timeout = 5000');
const findContent = db.prepare(workerData.contentSql);
const readChunk = db.prepare(workerData.chunkSql).pluck();
const cancelled = new Int32Array(workerData.cancelFlag);
const writeAt = (fd, data, position) => new Promise((resolve, reject) => {
  const rest = (done) => fs.write(fd, data, done, data.length - done, position + done, (error, written) => {
    if (error) reject(error);
    else if (done + written < data.length) rest(done + written);
    else resolve();
  });
  rest(0);
});
const datasync = (fd) => new Promise((resolve, reject) => fs.fdatasync(fd, (error) => (error ? reject(error) : resolve())));

async function copy({ id, sha256, size, crc32: expected, fd, offset, syncEveryBytes, maxInFlightBytes }) {
  const inFlight = new Set();
  let inFlightBytes = 0, sinceSync = 0, syncing = false, failure = null;
  const track = (work) => {
    const pending = work.catch((error) => { failure = failure || error; }).finally(() => inFlight.delete(pending));
    inFlight.add(pending);
  };
  db.exec('BEGIN');
  try {
    const content = findContent.get(sha256);
    if (!content || content.pending === 1) return { id, failed: 'not-found' };
    if (content.size !== size) return { id, failed: 'short', actual: content.size };
    const parts = Math.ceil(size / workerData.chunkSize);
    let checksum = 0, position = offset;
    for (let index = 0; index < parts; index += 1) {
      if (Atomics.load(cancelled, 0) === 1) return { id, failed: 'cancelled' };
      if (failure) throw failure;
      const data = readChunk.get(content.id, index);
      if (!data) return { id, failed: 'part-missing', part: index + 1, parts };
      if (position + data.length > offset + size) return { id, failed: 'short', actual: position - offset + data.length };
      checksum = crc32(data, checksum);
      inFlightBytes += data.length;
      const written = writeAt(fd, data, position).finally(() => { inFlightBytes -= data.length; });
      track(written.then(() => {
        sinceSync += data.length;
        if (syncEveryBytes > 0 && !syncing && sinceSync >= syncEveryBytes) {
          syncing = true;
          sinceSync = 0;
          track(datasync(fd).finally(() => { syncing = false; }));
        }
        parentPort.postMessage({ id, copied: data.length });
      }));
      position += data.length;
      while (inFlightBytes > maxInFlightBytes && !failure) await Promise.race(inFlight);
    }
    while (inFlight.size > 0) await Promise.all(inFlight);
    if (failure) throw failure;
    if (position - offset !== size) return { id, failed: 'short', actual: position - offset };
    return checksum === expected ? { id, done: true } : { id, failed: 'damaged' };
  } finally {
    while (inFlight.size > 0) await Promise.all(inFlight);
    db.exec('COMMIT');
  }
}

parentPort.on('message', (request) => {
  copy(request).then(
    (report) => parentPort.postMessage(report),
    (error) => parentPort.postMessage({ id: request.id, failed: 'error', code: error && error.code, message: String(error && error.message) }),
  );
});
parentPort.postMessage({ ready: true });
`;

/**
 * A thread that copies folded media from the project file into a zip being written, each content
 * read through its own connection and checked against its stored CRC. One per export; start() gives
 * null when the thread cannot open the file, and the export then streams the media on the main thread.
 */
export class MediaCopyThread {
  private nextId = 1;
  private readonly listeners = new Map<number, (report: CopyReport | Error) => void>();

  private constructor(
    private readonly worker: Worker,
    private readonly cancelFlag: Int32Array,
  ) {
    worker.on('message', (report: CopyReport) => this.listeners.get(report.id)?.(report));
    // A thread that dies (out of memory, terminated) must not leave a copy waiting for ever.
    const stopped = (error: Error) => {
      for (const listener of [...this.listeners.values()]) listener(error);
    };
    worker.on('error', stopped);
    worker.on('exit', () => stopped(new Error('the media copying thread stopped')));
  }

  static async start(projectPath: string): Promise<MediaCopyThread | null> {
    const cancelFlag = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const worker = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: {
        // The installed package, as the main thread loads it (the browser-mode bundle holds its JavaScript, which a thread cannot require).
        sqliteModule: path.dirname(require.resolve('better-sqlite3/package.json')),
        projectPath,
        contentSql: CONTENT_BY_HASH_SQL,
        chunkSql: CHUNK_SQL,
        chunkSize: MEDIA_CHUNK_SIZE,
        cancelFlag: cancelFlag.buffer,
      },
    });
    const ready = await new Promise<boolean>((resolve) => {
      worker.once('message', () => resolve(true));
      worker.once('error', () => resolve(false));
      worker.once('exit', () => resolve(false));
    });
    if (ready) return new MediaCopyThread(worker, cancelFlag);
    await worker.terminate();
    return null;
  }

  /**
   * Copies a content into target; onBytes hears each chunk written. Rejects with the app's error for a
   * missing or damaged media (damaged() makes the latter), or with the error (its code kept) that stopped the writing.
   */
  copy(request: CopyRequest, target: CopyTarget, onBytes: (bytes: number) => void, damaged: () => Error): Promise<void> {
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      const settle = (error?: Error) => {
        this.listeners.delete(id);
        if (error) reject(error);
        else resolve();
      };
      this.listeners.set(id, (report) => {
        if (report instanceof Error) return settle(report);
        if ('copied' in report) return onBytes(report.copied);
        if ('done' in report) return settle();
        settle(failureOf(report, request, damaged));
      });
      this.worker.postMessage({ id, ...request, ...target });
    });
  }

  /** Makes the copy under way stop at its next chunk (it then rejects as cancelled). */
  cancel(): void {
    Atomics.store(this.cancelFlag, 0, 1);
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

function failureOf(report: Extract<CopyReport, { failed: string }>, request: CopyRequest, damaged: () => Error): Error {
  switch (report.failed) {
    case 'cancelled':
      return appError('cancelled', 'exportCancelled');
    case 'not-found':
      return appError('not-found', 'notFoundMediaContent', { sha256: request.sha256 });
    case 'damaged':
      return damaged();
    case 'part-missing':
      return appError('corrupt-project', 'mediaPartMissing', { sha256: request.sha256, part: report.part, parts: report.parts });
    case 'short':
      return appError('corrupt-project', 'mediaShortRead', { name: request.name, expected: request.size, actual: report.actual });
    case 'error':
      return Object.assign(new Error(report.message), { code: report.code });
  }
}
