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

type Algorithm = 'sha256' | 'crc32';
const ALGORITHMS: readonly Algorithm[] = ['sha256', 'crc32'];

// Plain JavaScript run by each worker as is (eval), so nothing needs bundling for it: one running
// hash per import id of the worker's algorithm (workerData), fed the chunks the main thread posts,
// answering with the result when asked.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { crc32 } = require('node:zlib');
const start = workerData === 'sha256'
  ? () => { const hash = createHash('sha256'); return { update: (chunk) => hash.update(chunk), result: () => hash.digest('hex') }; }
  : () => { let crc = 0; return { update: (chunk) => { crc = crc32(chunk, crc); }, result: () => crc }; };
const running = new Map();
parentPort.on('message', ({ id, chunk, shared, offset, length, end, cancel }) => {
  let state = running.get(id);
  if (!state) running.set(id, (state = start()));
  if (shared) chunk = new Uint8Array(shared, offset, length);
  if (chunk) state.update(chunk);
  if (cancel) running.delete(id);
  if (end) {
    running.delete(id);
    parentPort.postMessage({ id, result: state.result() });
  }
});
`;

interface HashingThread {
  worker: Worker;
  waiting: Map<number, { resolve: (result: string | number) => void; reject: (error: Error) => void }>;
}

const threads = new Map<Algorithm, HashingThread>();
let nextId = 1;
/** Hashes started and not yet finished: the workers keep the process alive only while there are some. */
let activeHashes = 0;

/** The hashing thread of an algorithm, started on first use: SHA-256 and CRC-32 each have one, so they run side by side. */
function hashingThread(algorithm: Algorithm): HashingThread {
  const existing = threads.get(algorithm);
  if (existing) return existing;
  const thread: HashingThread = { worker: new Worker(WORKER_SOURCE, { eval: true, workerData: algorithm }), waiting: new Map() };
  thread.worker.on('message', ({ id, result }: { id: number; result: string | number }) => {
    const caller = thread.waiting.get(id);
    thread.waiting.delete(id);
    caller?.resolve(result);
  });
  const fail = (error: Error) => {
    if (threads.get(algorithm) === thread) threads.delete(algorithm);
    for (const caller of thread.waiting.values()) caller.reject(error);
    thread.waiting.clear();
  };
  thread.worker.on('error', fail);
  thread.worker.on('exit', (code) => fail(new Error(`the hashing thread stopped (exit ${code})`)));
  // After the listeners: adding a message listener refs the worker again.
  if (activeHashes === 0) thread.worker.unref();
  threads.set(algorithm, thread);
  return thread;
}

/**
 * A buffer in memory the hashing thread can read without a copy. The caller must not change its
 * bytes once given to update(): the hash reads them later.
 */
export function sharedChunk(size: number): Buffer {
  return Buffer.from(new SharedArrayBuffer(size));
}

/**
 * Hashes a content on worker threads while the caller writes it: SHA-256 of 100 MB takes about as
 * long as copying it, so doing it on the main thread would double an import's time; CRC-32 runs on a
 * thread of its own beside it, so neither lengthens the other. Chunks in shared memory (sharedChunk)
 * reach the workers as they are; others are copied to each.
 */
export function startContentHash(): ContentHash {
  const id = nextId++;
  const targets = ALGORITHMS.map((algorithm) => hashingThread(algorithm));
  let open = true;
  if (activeHashes++ === 0) for (const { worker } of targets) worker.ref();
  const release = () => {
    activeHashes = Math.max(0, activeHashes - 1);
    if (activeHashes === 0) for (const { worker } of threads.values()) worker.unref();
  };
  const post = (message: object) => {
    for (const { worker } of targets) worker.postMessage({ id, ...message });
  };
  return {
    update(chunk) {
      if (chunk.buffer instanceof SharedArrayBuffer) {
        // Shared memory (see sharedChunk): the workers read the same bytes, nothing is copied.
        post({ shared: chunk.buffer, offset: chunk.byteOffset, length: chunk.byteLength });
        return;
      }
      // A copy each worker takes over: posting a view would clone its whole backing buffer.
      for (const { worker } of targets) {
        const copy = new Uint8Array(chunk);
        worker.postMessage({ id, chunk: copy }, [copy.buffer]);
      }
    },
    digest() {
      if (!open) return Promise.reject(new Error('this hash was already finished'));
      open = false;
      const results = targets.map(
        (thread) =>
          new Promise<string | number>((resolve, reject) => {
            thread.waiting.set(id, { resolve, reject });
            thread.worker.postMessage({ id, end: true });
          }),
      );
      return Promise.all(results)
        .then(([sha256, crc32]) => ({ sha256: sha256 as string, crc32: crc32 as number }))
        .finally(release);
    },
    cancel() {
      if (!open) return;
      open = false;
      post({ cancel: true });
      release();
    },
  };
}
