import { type FileHandle, open } from 'node:fs/promises';
import path from 'node:path';
import { AppError, appError } from '../../../shared/api/appError';
import type { MediaAsset, MediaKind } from '../../../shared/model/course';
import { MediaAssetSchema } from '../../../shared/model/course';
import { newId } from '../../../shared/model/ids';
import type { ProjectFile } from '../project/projectFile';
import { courseRows } from '../project/courseRows';
import { sharedChunk, startContentHash } from './contentHasher';
import { sqliteFailure } from '../sqliteFailure';

/** Media bytes are stored as rows of this size: one BLOB per file fails past ~500 MB and needs the whole file in memory. */
export const MEDIA_CHUNK_SIZE = 1024 * 1024;
/** Chunks written per transaction: few commits (each costs two syncs) for 32 MB held in memory at most. */
const CHUNKS_PER_TRANSACTION = 32;

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
 * Streams a file into the project in 1 MB chunks, computing its SHA-256, CRC-32 and size in the same
 * pass, and stores each distinct content once. The chunks are written in several transactions so
 * other calls keep running during a long import; the content becomes visible only when its hash is
 * set (a kill midway leaves chunks without a hash, dropped at the next open).
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
 * The same import from any source of bytes (a file, an upload request), re-cut into 1 MB chunks.
 * The bytes are written once, straight into the project file (see ProjectFile.withAppendJournal),
 * in transactions of CHUNKS_PER_TRANSACTION chunks, while a worker thread hashes them alongside.
 */
export async function importMediaStream(
  project: ProjectFile,
  source: AsyncIterable<Buffer | Uint8Array>,
  shownName: string,
  description: MediaDescription,
  options: MediaStreamOptions = {},
): Promise<MediaAsset> {
  return project.withAppendJournal(async () => {
    const insertChunk = project.db.prepare('INSERT INTO media_chunks (content_id, chunk_index, data) VALUES (?, ?, ?)');
    const hash = startContentHash();
    // The content's row is made with the first chunks written, and the last chunks are written with
    // its hash and asset: one commit per CHUNKS_PER_TRANSACTION MB, however small the file.
    let pendingId: number | null = null;
    let size = 0;
    let chunkIndex = 0;
    let batch: Buffer[] = [];
    const writeBatch = (db: ProjectFile['db']) => {
      pendingId ??= Number(db.prepare('INSERT INTO media_contents (sha256) VALUES (NULL)').run().lastInsertRowid);
      for (const chunk of batch) insertChunk.run(pendingId, chunkIndex++, chunk);
      batch = [];
    };
    try {
      for await (const chunk of megabyteChunks(source)) {
        if (size === 0) options.checkHead?.(chunk);
        size += chunk.length;
        if (options.maxBytes !== undefined && size > options.maxBytes) {
          throw appError('invalid-input', 'mediaTooLarge', { name: shownName, megabytes: Math.round(options.maxBytes / 1024 / 1024) });
        }
        hash.update(chunk);
        batch.push(chunk);
        if (batch.length === CHUNKS_PER_TRANSACTION) project.transaction(writeBatch);
        options.onProgress?.(size);
      }
    } catch (error) {
      hash.cancel();
      discardPending(project, pendingId);
      const meaning = sqliteFailure(error);
      throw meaning instanceof AppError ? meaning : appError('file-error', 'mediaImportFailed', { name: shownName, detail: (error as Error).message });
    }

    const { sha256, crc32: checksum } = await hash.digest().catch((error: Error) => {
      discardPending(project, pendingId);
      throw appError('internal', 'mediaImportFailed', { name: shownName, detail: error.message });
    });
    if (options.expectedSha256 !== undefined && options.expectedSha256 !== sha256) {
      discardPending(project, pendingId);
      throw appError('file-error', 'mediaHashMismatch', { name: shownName });
    }
    return project.transaction((db) => {
      const existing = db.prepare('SELECT id FROM media_contents WHERE sha256 = ?').get(sha256);
      if (existing) {
        if (pendingId !== null) db.prepare('DELETE FROM media_contents WHERE id = ?').run(pendingId);
      } else {
        writeBatch(db);
        db.prepare('UPDATE media_contents SET sha256 = ?, size = ? WHERE id = ?').run(sha256, size, pendingId);
      }
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
  });
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
    const more = chunk.length === MEDIA_CHUNK_SIZE;
    if (more) next = readChunk(handle);
    if (chunk.length > 0) yield chunk;
    if (!more) return;
  }
}

/** Re-cuts any stream of bytes into chunks of MEDIA_CHUNK_SIZE (the last one shorter), copying only partial ones. */
async function* megabyteChunks(source: AsyncIterable<Buffer | Uint8Array>): AsyncIterable<Buffer> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  for await (const piece of source) {
    let rest = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    if (pendingSize === 0 && rest.length === MEDIA_CHUNK_SIZE) {
      yield rest;
      continue;
    }
    while (rest.length > 0) {
      const take = Math.min(MEDIA_CHUNK_SIZE - pendingSize, rest.length);
      pending.push(rest.subarray(0, take));
      pendingSize += take;
      rest = rest.subarray(take);
      if (pendingSize === MEDIA_CHUNK_SIZE) {
        yield joined(pending, pendingSize);
        pending = [];
        pendingSize = 0;
      }
    }
  }
  if (pendingSize > 0) yield joined(pending, pendingSize);
}

/** Pieces copied into one chunk of shared memory (one copy, which the hashing thread then saves). */
function joined(pieces: Buffer[], size: number): Buffer {
  const chunk = sharedChunk(size);
  let offset = 0;
  for (const piece of pieces) offset += piece.copy(chunk, offset);
  return chunk;
}

/** Reads up to one chunk; shorter only at the end of the file. */
async function readChunk(handle: FileHandle): Promise<Buffer> {
  const buffer = sharedChunk(MEDIA_CHUNK_SIZE);
  let filled = 0;
  while (filled < MEDIA_CHUNK_SIZE) {
    const { bytesRead } = await handle.read(buffer, filled, MEDIA_CHUNK_SIZE - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === MEDIA_CHUNK_SIZE ? buffer : buffer.subarray(0, filled);
}

function discardPending(project: ProjectFile, pendingId: number | null): void {
  if (pendingId !== null && project.db.open) project.transaction((db) => db.prepare('DELETE FROM media_contents WHERE id = ?').run(pendingId));
}
