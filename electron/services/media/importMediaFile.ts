import { renameSync, rmSync, writeSync } from 'node:fs';
import { type FileHandle, mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { AppError, appError } from '../../../shared/api/appError';
import type { MediaAsset, MediaKind } from '../../../shared/model/course';
import { MediaAssetSchema } from '../../../shared/model/course';
import { newId } from '../../../shared/model/ids';
import type { ProjectFile } from '../project/projectFile';
import { courseRows } from '../project/courseRows';
import { type ContentDigest, POOLED_CHUNK_SIZE, SMALL_POOLED_CHUNK_SIZE, recycleSharedChunk, sharedChunk, startContentHash } from './contentHasher';
import { isPending, storeFileOf, syncFolder, temporaryStoreFile } from './mediaStore';
import { sqliteFailure } from '../sqliteFailure';

/** Media bytes are stored as rows of this size: one BLOB per file fails past ~500 MB and needs the whole file in memory. */
export const MEDIA_CHUNK_SIZE = 1024 * 1024;
/**
 * Bytes read from a picked file at a time: each read and the event-loop turn it costs wait for a
 * time slice on a busy machine, so fewer, larger reads keep an import near copy speed there.
 */
const FILE_READ_SIZE = POOLED_CHUNK_SIZE;
/** Bytes given to the hashing threads and not hashed yet past which the import waits for them. */
const MAX_HASH_LAG_BYTES = 32 * MEDIA_CHUNK_SIZE;

export interface MediaDescription {
  fileName: string;
  mimeType: string;
  kind: MediaKind;
  durationSeconds?: number | null;
  width?: number | null;
  height?: number | null;
}

export interface MediaImportOptions {
  /** Keep this asset id (importing a course document) instead of making a new one. */
  id?: string;
  createdAt?: string;
  /** Refuse the file unless its bytes hash to this (a course document names its media by hash). */
  expectedSha256?: string;
  /** Return the asset already holding these bytes instead of adding a second asset for them. */
  reuseExistingAsset?: boolean;
}

/**
 * Brings a file into the project, computing its SHA-256, CRC-32 and size in the same pass, and stores
 * each distinct content once (see importMediaStream).
 */
export async function importMediaFile(
  project: ProjectFile,
  filePath: string,
  description: MediaDescription,
  options: MediaImportOptions = {},
): Promise<MediaAsset> {
  const shownName = path.basename(filePath);
  const handle = await open(filePath, 'r').catch((error: Error) => {
    throw appError('file-error', 'mediaNotReadable', { name: shownName, detail: error.message });
  });
  try {
    return await importMediaStream(project, fileChunks(handle), shownName, description, options);
  } finally {
    await handle.close();
  }
}

export interface MediaStreamOptions extends MediaImportOptions {
  /** Refuse the file past this many bytes (the import stops there and keeps nothing). */
  maxBytes?: number;
  /** Looks at the first chunk before anything is kept; throws to refuse the file (e.g. its bytes are not what its name says). */
  checkHead?: (head: Buffer) => void;
  onProgress?: (bytesDone: number) => void;
}

/**
 * The same import from any source of bytes (a file, an upload request), in chunks of reused shared memory.
 * The bytes are written once, to a file of their own in the store beside the project (mediaStore.ts)
 * synced once, while worker threads hash them alongside; the file is then named by its SHA-256 and
 * one commit records the content as pending with its asset. Nothing of a failed import is kept.
 * The fold copies pending contents into the project file later (foldPendingMedia.ts).
 */
export async function importMediaStream(
  project: ProjectFile,
  source: AsyncIterable<Buffer | Uint8Array>,
  shownName: string,
  description: MediaDescription,
  options: MediaStreamOptions = {},
): Promise<MediaAsset> {
  return (await stageMediaStream(project, source, shownName, description, options)).commit();
}

/** A media whose bytes are all written to the store, while their sync and hashes finish. */
export interface StagedMedia {
  /** Waits for the sync and the hashes, names the file by its SHA-256 and commits the content with its asset. */
  commit(): Promise<MediaAsset>;
  /** Gives the import up: its file is deleted, nothing is committed. */
  abandon(): Promise<void>;
}

/**
 * The first half of importMediaStream: returns once every byte is written, so that a batch of picked
 * files can write the next one while this one's sync (the disk's slowest part) finishes.
 * Exactly one of commit and abandon must be called.
 */
export async function stageMediaStream(
  project: ProjectFile,
  source: AsyncIterable<Buffer | Uint8Array>,
  shownName: string,
  description: MediaDescription,
  options: MediaStreamOptions = {},
): Promise<StagedMedia> {
  if (project.readOnly) throw appError('read-only', 'projectReadOnly');
  const storeDir = project.pendingMedia.storeDir;
  const importEnded = project.pendingMedia.importStarted();
  let written: WrittenBytes;
  try {
    written = await writeToStore(storeDir, source, shownName, options);
  } catch (error) {
    importEnded();
    throw importFailure(error, shownName);
  }
  const { temporaryPath, size } = written;
  return {
    async commit() {
      try {
        await written.synced;
        const { sha256, crc32: checksum } = await written.digest.catch((error: Error) => {
          throw appError('internal', 'mediaImportFailed', { name: shownName, detail: error.message });
        });
        if (options.expectedSha256 !== undefined && options.expectedSha256 !== sha256) throw appError('file-error', 'mediaHashMismatch', { name: shownName });
        // From here to the commit in one turn: nothing else can add, fold or delete this content meanwhile.
        const known = project.db.prepare('SELECT * FROM media_contents WHERE sha256 = ?').get(sha256);
        if (known && !isPending(known)) rmSync(temporaryPath, { force: true });
        else {
          // Also over a pending content's file: same bytes, and they repair one whose file went missing.
          renameSync(temporaryPath, storeFileOf(storeDir, sha256));
          syncFolder(storeDir);
        }
        return project.transaction((db) => {
          if (!known) db.prepare('INSERT INTO media_contents (sha256, size, pending) VALUES (?, ?, 1)').run(sha256, size);
          if (options.reuseExistingAsset) {
            const reused = db.prepare('SELECT * FROM media_assets WHERE sha256 = ? ORDER BY created_at LIMIT 1').get(sha256);
            if (reused) return courseRows.mediaAssets.fromRow(reused as Record<string, unknown>);
          }
          const asset = MediaAssetSchema.parse({
            id: options.id ?? newId(),
            sha256,
            fileName: description.fileName,
            mimeType: description.mimeType,
            kind: description.kind,
            size,
            crc32: checksum,
            durationSeconds: description.durationSeconds ?? null,
            width: description.width ?? null,
            height: description.height ?? null,
            createdAt: options.createdAt ?? new Date().toISOString(),
          });
          courseRows.mediaAssets.insert(db, asset);
          return asset;
        });
      } catch (error) {
        // A file renamed before a failed commit is named by no row: the next sweep deletes it.
        rmSync(temporaryPath, { force: true });
        throw importFailure(error, shownName);
      } finally {
        importEnded();
      }
    },
    async abandon() {
      await written.synced.catch(() => {});
      rmSync(temporaryPath, { force: true });
      importEnded();
    },
  };
}

interface WrittenBytes {
  temporaryPath: string;
  size: number;
  /** The file's sync and closing, under way. */
  synced: Promise<void>;
  digest: Promise<ContentDigest>;
}

/** Streams the bytes to a temporary file of the store, hashed alongside, and starts its sync; deletes it if writing fails. */
async function writeToStore(storeDir: string, source: AsyncIterable<Buffer | Uint8Array>, shownName: string, options: MediaStreamOptions): Promise<WrittenBytes> {
  // A new folder's entry must survive a power cut like the files in it.
  if ((await mkdir(storeDir, { recursive: true })) !== undefined) syncFolder(path.dirname(storeDir));
  const temporaryPath = temporaryStoreFile(storeDir);
  const hash = startContentHash();
  let handle: FileHandle | null = null;
  let size = 0;
  /** Chunks written and given to the hashing threads, with the offset they end at: reused once hashed. */
  const unhashed: Array<{ chunk: Buffer; end: number }> = [];
  try {
    handle = await open(temporaryPath, 'wx');
    for await (const chunk of sharedChunks(source)) {
      if (size === 0) options.checkHead?.(chunk);
      size += chunk.length;
      if (options.maxBytes !== undefined && size > options.maxBytes) {
        throw appError('invalid-input', 'mediaTooLarge', { name: shownName, megabytes: Math.round(options.maxBytes / 1024 / 1024) });
      }
      hash.update(chunk);
      // Written at once from this thread: into the page cache, about as fast as handing it to another thread, without waiting for it to answer.
      for (let written = 0; written < chunk.length; ) written += writeSync(handle.fd, chunk, written, chunk.length - written);
      // Chunks wait in memory until hashed: a hashing thread starved of CPU must not let a 2 GB file pile up.
      unhashed.push({ chunk, end: size });
      await hash.caughtUp(MAX_HASH_LAG_BYTES);
      while (unhashed.length > 0 && unhashed[0]!.end <= hash.hashedBytes()) recycleSharedChunk(unhashed.shift()!.chunk);
      options.onProgress?.(size);
    }
  } catch (error) {
    hash.cancel();
    await handle?.close().catch(() => {});
    rmSync(temporaryPath, { force: true });
    throw error;
  }
  const file = handle;
  const synced = file.sync().finally(() => file.close());
  // The last chunks are reused once hashed too: a chunk dropped stays in the hashing threads' memory (contentHasher.ts).
  const digest = hash.digest().finally(() => unhashed.forEach(({ chunk }) => recycleSharedChunk(chunk)));
  // Awaited by commit or abandon; a failure meanwhile must not count as unhandled.
  synced.catch(() => {});
  digest.catch(() => {});
  return { temporaryPath, size, synced, digest };
}

/** What a failed import means to the user: a full disk, or the file that could not be brought in. */
function importFailure(error: unknown, shownName: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return appError('file-error', 'diskFull', { detail });
  const meaning = sqliteFailure(error);
  return meaning instanceof AppError ? meaning : appError('file-error', 'mediaImportFailed', { name: shownName, detail });
}

/** A file's bytes in chunks the hashing thread reads without a copy, opened when first pulled. */
export async function* readFileChunks(filePath: string): AsyncIterable<Buffer> {
  const handle = await open(filePath, 'r');
  try {
    yield* fileChunks(handle);
  } finally {
    await handle.close();
  }
}

/** A file's bytes, one full chunk at a time, the next one read while the caller stores this one. */
async function* fileChunks(handle: FileHandle): AsyncIterable<Buffer> {
  let next = readChunk(handle);
  for (;;) {
    const chunk = await next;
    const more = chunk.length === FILE_READ_SIZE;
    if (more) next = readChunk(handle);
    if (chunk.length > 0) yield chunk;
    if (!more) return;
  }
}

/**
 * Any stream of bytes as chunks of the hashing threads' reused shared memory: pieces already in
 * shared memory (a picked file's reads) pass whole, others (an upload's) are copied into 1 MB
 * chunks, each given on as soon as it is full (the import's progress moves by 1 MB); only the last
 * one is shorter.
 */
async function* sharedChunks(source: AsyncIterable<Buffer | Uint8Array>): AsyncIterable<Buffer> {
  let chunk: Buffer | null = null;
  let filled = 0;
  for await (const piece of source) {
    let rest = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    if (filled === 0 && rest.buffer instanceof SharedArrayBuffer) {
      yield rest;
      continue;
    }
    while (rest.length > 0) {
      chunk ??= sharedChunk(SMALL_POOLED_CHUNK_SIZE);
      const taken = rest.copy(chunk, filled);
      filled += taken;
      rest = rest.subarray(taken);
      if (filled === chunk.length) {
        yield chunk;
        chunk = null;
        filled = 0;
      }
    }
  }
  if (chunk) yield chunk.subarray(0, filled);
}

/** Reads up to one chunk; shorter only at the end of the file. */
async function readChunk(handle: FileHandle): Promise<Buffer> {
  const buffer = sharedChunk(FILE_READ_SIZE);
  let filled = 0;
  while (filled < FILE_READ_SIZE) {
    const { bytesRead } = await handle.read(buffer, filled, FILE_READ_SIZE - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === FILE_READ_SIZE ? buffer : buffer.subarray(0, filled);
}
