import { Worker } from 'node:worker_threads';

/** What identifies and checks a media content: its SHA-256 (hex) and CRC-32 (the zip's checksum). */
export interface ContentDigest {
  sha256: string;
  crc32: number;
}

/** One file's running hash: feed it the bytes in order, then ask for the digest. */
export interface ContentHash {
  update(chunk: Uint8Array): void;
  digest(): Promise<ContentDigest>;
  /** Forgets the bytes fed so far (the import was abandoned). */
  cancel(): void;
}

// Plain JavaScript run by the worker as is (eval), so nothing needs bundling for it: one hash per
// import id, fed the chunks the main thread posts, answering with the digest when asked.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { crc32 } = require('node:zlib');
const running = new Map();
parentPort.on('message', ({ id, chunk, shared, offset, length, end, cancel }) => {
  let state = running.get(id);
  if (!state) running.set(id, (state = { hash: createHash('sha256'), crc: 0 }));
  if (shared) chunk = new Uint8Array(shared, offset, length);
  if (chunk) {
    state.hash.update(chunk);
    state.crc = crc32(chunk, state.crc);
  }
  if (cancel) running.delete(id);
  if (end) {
    running.delete(id);
    parentPort.postMessage({ id, sha256: state.hash.digest('hex'), crc32: state.crc });
  }
});
`;

let worker: Worker | null = null;
let nextId = 1;
/** Hashes started and not yet finished: the worker keeps the process alive only while there are some. */
let activeHashes = 0;
const waiting = new Map<number, { resolve: (digest: ContentDigest) => void; reject: (error: Error) => void }>();

/** The one hashing thread of the process, started on first use. */
function hashingWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER_SOURCE, { eval: true });
  started.on('message', ({ id, sha256, crc32 }: { id: number } & ContentDigest) => {
    const caller = waiting.get(id);
    waiting.delete(id);
    caller?.resolve({ sha256, crc32 });
  });
  const fail = (error: Error) => {
    worker = null;
    for (const caller of waiting.values()) caller.reject(error);
    waiting.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the hashing thread stopped (exit ${code})`)));
  // After the listeners: adding a message listener refs the worker again.
  started.unref();
  worker = started;
  return started;
}

/**
 * A buffer in memory the hashing thread can read without a copy. The caller must not change its
 * bytes once given to update(): the hash reads them later.
 */
export function sharedChunk(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}

/**
 * Hashes a content on a worker thread while the caller writes it: SHA-256 and CRC-32 of 100 MB take
 * about as long as copying it, so doing them on the main thread would double an import's time.
 * Chunks in shared memory (sharedChunk) reach the worker as they are; others are copied to it.
 */
export function startContentHash(): ContentHash {
  const id = nextId++;
  const target = hashingWorker();
  let open = true;
  if (activeHashes++ === 0) target.ref();
  const release = () => {
    activeHashes = Math.max(0, activeHashes - 1);
    if (activeHashes === 0) target.unref();
  };
  return {
    update(chunk) {
      if (chunk.buffer instanceof SharedArrayBuffer) {
        // Shared memory (see sharedChunk): the worker reads the same bytes, nothing is copied.
        target.postMessage({ id, shared: chunk.buffer, offset: chunk.byteOffset, length: chunk.byteLength });
        return;
      }
      // A copy the worker takes over: posting a view would clone its whole backing buffer.
      const copy = new Uint8Array(chunk);
      target.postMessage({ id, chunk: copy }, [copy.buffer]);
    },
    digest() {
      if (!open) return Promise.reject(new Error('this hash was already finished'));
      open = false;
      return new Promise<ContentDigest>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        target.postMessage({ id, end: true });
      }).finally(release);
    },
    cancel() {
      if (!open) return;
      open = false;
      target.postMessage({ id, cancel: true });
      release();
    },
  };
}
