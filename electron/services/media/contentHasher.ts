import { Worker } from 'node:worker_threads';

/** What identifies and checks a media content: its SHA-256 (hex) and CRC-32 (the zip's checksum). */
export interface ContentDigest {
  sha256: string;
  crc32: number;
}

/** One file's running hash: feed it the bytes in order, then ask for the digest. */
export interface ContentHash {
  /** Takes a chunk from sharedChunk: the hashing threads read its bytes in place (any other buffer would be cloned whole to each). */
  update(chunk: Uint8Array): void;
  /** Resolves once the hashing threads are at most maxBytes behind what update was given (memory stays bounded). */
  caughtUp(maxBytes: number): Promise<void>;
  /** Bytes every hashing thread is done with: chunks up to there may be reused. */
  hashedBytes(): number;
  digest(): Promise<ContentDigest>;
  /** Forgets the bytes fed so far (the import was abandoned). */
  cancel(): void;
}

type Algorithm = 'sha256' | 'crc32';
const ALGORITHMS: readonly Algorithm[] = ['sha256', 'crc32'];

// Plain JavaScript run by each worker as is (eval), so nothing needs bundling for it: one running
// hash per import id of the worker's algorithm (workerData), fed the chunks the main thread posts,
// saying how many bytes it hashed after each, and answering with the result when asked.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { crc32 } = require('node:zlib');
const start = workerData === 'sha256'
  ? () => { const hash = createHash('sha256'); return { update: (chunk) => hash.update(chunk), result: () => hash.digest('hex') }; }
  : () => { let crc = 0; return { update: (chunk) => { crc = crc32(chunk, crc); }, result: () => crc }; };
const running = new Map();
parentPort.on('message', ({ id, shared, offset, length, end, cancel }) => {
  let state = running.get(id);
  if (!state) running.set(id, (state = start()));
  if (shared) {
    state.update(new Uint8Array(shared, offset, length));
    parentPort.postMessage({ id, hashed: length });
  }
  if (cancel) running.delete(id);
  if (end) {
    running.delete(id);
    parentPort.postMessage({ id, result: state.result() });
  }
});
`;

/** What a hashing thread tells the hash it runs for. */
interface HashListener {
  hashed(bytes: number): void;
  done(result: string | number): void;
  failed(error: Error): void;
}

interface HashingThread {
  worker: Worker;
  listeners: Map<number, HashListener>;
}

const threads = new Map<Algorithm, HashingThread>();
let nextId = 1;
/** Hashes started and not yet finished: the workers keep the process alive only while there are some. */
let activeHashes = 0;

/** The hashing thread of an algorithm, started on first use: SHA-256 and CRC-32 each have one, so they run side by side. */
function hashingThread(algorithm: Algorithm): HashingThread {
  const existing = threads.get(algorithm);
  if (existing) return existing;
  const thread: HashingThread = { worker: new Worker(WORKER_SOURCE, { eval: true, workerData: algorithm }), listeners: new Map() };
  thread.worker.on('message', ({ id, hashed, result }: { id: number; hashed?: number; result?: string | number }) => {
    const listener = thread.listeners.get(id);
    if (hashed !== undefined) return listener?.hashed(hashed);
    thread.listeners.delete(id);
    listener?.done(result!);
  });
  const fail = (error: Error) => {
    if (threads.get(algorithm) === thread) threads.delete(algorithm);
    for (const listener of thread.listeners.values()) listener.failed(error);
    thread.listeners.clear();
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
  const reused = pool.get(size)?.pop();
  if (!reused) return Buffer.from(new SharedArrayBuffer(size));
  pooledBytes -= size;
  return reused;
}

/** Reads of a picked file are this size: their buffers are reused, as fresh memory costs a page fault per 4 KB (~0.4 s of CPU per GB). */
export const POOLED_CHUNK_SIZE = 4 * 1024 * 1024;
/** The other size reused: the chunks other sources (an upload's pieces) are copied into. */
export const SMALL_POOLED_CHUNK_SIZE = 1024 * 1024;
/** Bytes of buffers kept for reuse between imports (an import keeps at most ~32 MB unhashed, plus its read-ahead). */
const MAX_POOLED_BYTES = 96 * 1024 * 1024;
const pool = new Map<number, Buffer[]>([POOLED_CHUNK_SIZE, SMALL_POOLED_CHUNK_SIZE].map((size) => [size, []]));
let pooledBytes = 0;
/**
 * Quiet time after the last hash before the pool and the hashing threads are let go. Every chunk
 * posted leaves a handle on its memory in each thread, which an idle thread never collects: a chunk
 * dropped instead of reused stayed in memory (a third of every imported byte), so chunks are only
 * reused while the threads live, and their memory is given back by stopping the threads.
 */
const IDLE_RELEASE_MS = 5000;
let idleRelease: NodeJS.Timeout | null = null;

/** Gives back a chunk from sharedChunk (or its start) once nothing reads it any more (written, and hashed by every thread). */
export function recycleSharedChunk(chunk: Uint8Array): void {
  const size = chunk.buffer.byteLength;
  const kept = pool.get(size);
  if (!(chunk.buffer instanceof SharedArrayBuffer) || chunk.byteOffset !== 0 || !kept || threads.size === 0 || pooledBytes + size > MAX_POOLED_BYTES) return;
  kept.push(Buffer.from(chunk.buffer));
  pooledBytes += size;
}

/** Stops the idle hashing threads and forgets the pool: the chunks' memory is freed with the threads' handles on it. */
function releaseIdleThreads(): void {
  idleRelease = null;
  if (activeHashes > 0) return;
  for (const kept of pool.values()) kept.length = 0;
  pooledBytes = 0;
  for (const [algorithm, { worker }] of threads) {
    threads.delete(algorithm);
    void worker.terminate();
  }
}

/**
 * Hashes a content on worker threads while the caller writes it: SHA-256 of 100 MB takes about as
 * long as copying it, so doing it on the main thread would double an import's time; CRC-32 runs on a
 * thread of its own beside it, so neither lengthens the other. Chunks are in shared memory
 * (sharedChunk): the workers read them as they are, nothing is copied.
 */
export function startContentHash(): ContentHash {
  const id = nextId++;
  const targets = ALGORITHMS.map((algorithm) => hashingThread(algorithm));
  let open = true;
  let given = 0;
  const hashedBy = targets.map(() => 0);
  const behind = () => given - Math.min(...hashedBy);
  let failure: Error | null = null;
  let waiter: { maxBytes: number; wake: () => void } | null = null;
  const wakeIfCaughtUp = () => {
    if (waiter && (failure || behind() <= waiter.maxBytes)) {
      waiter.wake();
      waiter = null;
    }
  };
  const results = targets.map(() => {
    let settle!: { resolve: (result: string | number) => void; reject: (error: Error) => void };
    const promise = new Promise<string | number>((resolve, reject) => (settle = { resolve, reject }));
    promise.catch(() => {}); // Reported by digest(), if it is asked for.
    return { promise, settle };
  });
  targets.forEach((thread, index) =>
    thread.listeners.set(id, {
      hashed: (bytes) => {
        hashedBy[index]! += bytes;
        wakeIfCaughtUp();
      },
      done: (result) => results[index]!.settle.resolve(result),
      failed: (error) => {
        failure = error;
        results[index]!.settle.reject(error);
        wakeIfCaughtUp();
      },
    }),
  );
  if (idleRelease) clearTimeout(idleRelease);
  idleRelease = null;
  if (activeHashes++ === 0) for (const { worker } of targets) worker.ref();
  const release = () => {
    for (const thread of targets) thread.listeners.delete(id);
    activeHashes = Math.max(0, activeHashes - 1);
    if (activeHashes === 0) {
      for (const { worker } of threads.values()) worker.unref();
      idleRelease = setTimeout(releaseIdleThreads, IDLE_RELEASE_MS);
      idleRelease.unref();
    }
  };
  const post = (message: object) => {
    for (const { worker } of targets) worker.postMessage({ id, ...message });
  };
  return {
    update(chunk) {
      given += chunk.byteLength;
      post({ shared: chunk.buffer, offset: chunk.byteOffset, length: chunk.byteLength });
    },
    hashedBytes: () => Math.min(...hashedBy),
    caughtUp(maxBytes) {
      if (failure || behind() <= maxBytes) return Promise.resolve();
      return new Promise((wake) => (waiter = { maxBytes, wake }));
    },
    digest() {
      if (!open) return Promise.reject(new Error('this hash was already finished'));
      open = false;
      post({ end: true });
      return Promise.all(results.map(({ promise }) => promise))
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
