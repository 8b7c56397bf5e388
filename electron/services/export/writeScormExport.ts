import { mkdir, open, rename, rm, statfs } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { constants as zlibConstants, crc32, createDeflateRaw } from 'node:zlib';
import { AppError, appError } from '../../../shared/api/appError';
import type { PackagePlan, PlannedFile, PlannedPackage } from '../../../shared/export/buildPackagePlan';
import { PACKAGE_SOURCE_PATH } from '../../../shared/interchange/packageSource';
import { temporaryPathFor } from '../project/temporaryFiles';
import { FileSink, type ByteSink } from './fileSink';
import type { CopyRequest, CopyTarget } from './mediaCopyThread';
import { ZIP32_LIMIT, METHOD_DEFLATED, METHOD_STORED, archiveSizeOf } from './zipFormat';
import { ZipWriter, tooLarge, type KnownEntry } from './zipWriter';

/** Reads a media file's bytes by content hash (the project's media store). */
export interface MediaSource {
  openMediaStream(sha256: string): AsyncIterable<Buffer> | Iterable<Buffer>;
  /**
   * What writes a content's bytes into the zip's file itself, at target.offset, off the main thread;
   * undefined when this content is to be streamed through openMediaStream instead.
   */
  copierOf?(entry: CopyRequest): ((target: CopyTarget, onBytes: (bytes: number) => void) => Promise<void>) | undefined;
}

/**
 * How far an export has got: bytes of the packages' files done out of their total (text counted
 * before compression, which is known only as each file is written); both are the zip's size at the end.
 */
export interface ExportProgress {
  writtenBytes: number;
  totalBytes: number;
  /** The file being written, from its package's root. */
  currentFile: string;
}

export interface WriteExportOptions {
  outputPath: string;
  media: MediaSource;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** fsync before the rename, so a power cut never leaves a renamed but empty zip (default true). */
  durable?: boolean;
}

export interface WrittenExport {
  path: string;
  bytes: number;
  /** Files inside the package(s). */
  files: number;
  /** Every zip written, in course order. */
  packages: Array<{ path: string; bytes: number }>;
}

type PreparedEntry = KnownEntry & ({ kind: 'text'; data: Buffer[] } | { kind: 'media'; sha256: string });
interface PreparedPackage {
  fileName: string;
  entries: PreparedEntry[];
  /** The package's zip size. */
  zipBytes: number;
  /** Its files' bytes before compression, what progress counts. */
  rawBytes: number;
}

const PROGRESS_INTERVAL_MS = 100;
// Room for the file system's own blocks beyond the archive's bytes.
const DISK_SPACE_MARGIN = 16 * 1024 * 1024;
/** A durable zip is synced every this many bytes as it is written, so the closing sync has little left to wait for. */
const PROGRESSIVE_SYNC_BYTES = 64 * 1024 * 1024;
/**
 * Bytes handed to the file but not yet written: media chunks stay alive until their write lands and
 * then until the GC frees them, so fewer in flight lower the peak (4 MB: 164 MB against 172 MB for
 * 1.5 GB of media, medians of 3 runs; the time did not change beyond the noise).
 */
const WRITES_IN_FLIGHT_BYTES = 4 * 1024 * 1024;
/** Text is encoded and deflated this many bytes at a time (at most). */
const TEXT_BATCH_BYTES = 256 * 1024;
const MAX_UTF8_BYTES_PER_UNIT = 3;

/**
 * Writes a planned export: one zip at outputPath, or (plan.intoFolder) one zip per module side by
 * side in the folder outputPath, which LMSs take one by one (a zip of zips is refused). Text files
 * are first made and deflated piece by piece (only their compressed bytes are kept, so that sizes
 * and CRCs go in the headers up front), media stored and piped from the store once, chunk by chunk
 * (memory stays flat whatever the course's size); each zip is written under a temporary name renamed into
 * place only when complete, and an export that fails or is cancelled removes the zips it wrote, so
 * no broken or partial export is left where the user expects one.
 */
export async function writeScormExport(plan: PackagePlan, options: WriteExportOptions): Promise<WrittenExport> {
  const { outputPath, signal } = options;
  const packages: PreparedPackage[] = [];
  const deflatedOnce = new WeakMap<PlannedFile, Promise<PreparedEntry>>();
  try {
    for (const pkg of plan.packages) packages.push(await preparePackage(pkg, deflatedOnce, signal));
  } catch (error) {
    if (signal?.aborted) throw appError('cancelled', 'exportCancelled');
    throw error;
  }
  const directory = plan.intoFolder ? outputPath : path.dirname(outputPath);
  if (plan.intoFolder) {
    await mkdir(directory, { recursive: true }).catch((error: unknown) => {
      throw appError('file-error', 'folderNotCreated', { folder: directory, detail: messageOf(error) });
    });
  }
  await ensureDiskSpace(directory, packages.reduce((sum, pkg) => sum + pkg.zipBytes, 0));
  const progress = progressReporter(packages.reduce((sum, pkg) => sum + pkg.rawBytes, 0), options.onProgress);
  const written: Array<{ path: string; bytes: number }> = [];
  try {
    for (const pkg of packages) {
      const zipPath = plan.intoFolder ? path.join(directory, pkg.fileName) : outputPath;
      written.push({ path: zipPath, bytes: await writeZip(pkg, zipPath, options, progress) });
    }
    // A cancel that arrives while the last zip is synced or renamed still counts: whoever pressed Cancel gets no export.
    if (options.signal?.aborted) throw appError('cancelled', 'exportCancelled');
  } catch (error) {
    for (const zip of written) await rm(zip.path, { force: true });
    throw error;
  }
  const bytes = written.reduce((sum, zip) => sum + zip.bytes, 0);
  progress.done(bytes);
  return { path: outputPath, bytes, files: packages.reduce((sum, pkg) => sum + pkg.entries.length, 0), packages: written };
}

/** Writes one package's zip at zipPath through a temporary file; resolves to its size. */
async function writeZip(pkg: PreparedPackage, zipPath: string, options: WriteExportOptions, progress: ProgressReporter): Promise<number> {
  const { media, signal, durable = true } = options;
  const directory = path.dirname(zipPath);
  const temporaryPath = temporaryPathFor(zipPath, '.partial');
  const handle = await open(temporaryPath, 'wx').catch((error: unknown) => {
    throw appError('file-error', 'folderNotWritable', { folder: directory, detail: messageOf(error) });
  });
  let closed = false;
  try {
    const writing = { syncEveryBytes: durable ? PROGRESSIVE_SYNC_BYTES : 0, maxInFlightBytes: WRITES_IN_FLIGHT_BYTES };
    const sink = new FileSink(handle, writing);
    await writePackage(pkg, sink, media, progress, signal, (offset) => ({ fd: handle.fd, offset, ...writing }));
    await sink.flush();
    if (sink.position > ZIP32_LIMIT) throw tooLarge();
    if (durable) await handle.datasync();
    await handle.close();
    closed = true;
    await rename(temporaryPath, zipPath);
    return sink.position;
  } catch (error) {
    if (!closed) await handle.close().catch(() => {});
    await rm(temporaryPath, { force: true });
    if (signal?.aborted) throw appError('cancelled', 'exportCancelled');
    if (error instanceof AppError) throw error;
    // Another program can take the space the check before the export found free.
    if ((error as { code?: unknown }).code === 'ENOSPC') throw appError('file-error', 'exportDiskFull', { file: zipPath });
    throw appError('file-error', 'exportNotWritten', { file: zipPath, detail: messageOf(error) });
  }
}

async function writePackage(
  pkg: PreparedPackage,
  sink: ByteSink,
  media: MediaSource,
  progress: ProgressReporter,
  signal: AbortSignal | undefined,
  targetAt: (offset: number) => CopyTarget,
): Promise<void> {
  const zip = new ZipWriter(sink);
  for (const entry of pkg.entries) {
    if (signal?.aborted) throw signal.reason;
    progress.entry(entry.name);
    if (entry.kind === 'text') {
      await zip.addBuffers(entry, entry.data);
      progress.tick(entry.size);
      continue;
    }
    const copy = media.copierOf?.(entry);
    if (copy) await zip.addWrittenElsewhere(entry, (offset) => copy(targetAt(offset), progress.tick));
    else await zip.addStream(entry, abortable(media.openMediaStream(entry.sha256), signal), progress.tick);
  }
  await zip.finish();
}

async function* abortable(chunks: AsyncIterable<Buffer> | Iterable<Buffer>, signal: AbortSignal | undefined): AsyncIterable<Buffer> {
  for await (const chunk of chunks) {
    if (signal?.aborted) throw signal.reason;
    yield chunk;
  }
}

/** Entries in order: media with the CRC and sizes the store keeps, text deflated now (only its compressed bytes kept). */
async function preparePackage(pkg: PlannedPackage, deflatedOnce: WeakMap<PlannedFile, Promise<PreparedEntry>>, signal: AbortSignal | undefined): Promise<PreparedPackage> {
  const entries: PreparedEntry[] = [];
  for (const file of pkg.files) {
    if (signal?.aborted) throw signal.reason;
    if (file.kind === 'media') entries.push({ kind: 'media', name: file.path, method: METHOD_STORED, crc32: file.crc32, compressedSize: file.size, size: file.size, sha256: file.sha256 });
    else {
      // A file every package of a weekly export shares (the course source) is made and deflated once.
      const deflated = deflatedOnce.get(file) ?? deflatedText(file, signal);
      deflatedOnce.set(file, deflated);
      entries.push(await deflated);
    }
  }
  return {
    fileName: pkg.fileName,
    entries,
    zipBytes: archiveSizeOf(entries.map((entry) => ({ name: Buffer.from(entry.name), compressedSize: entry.compressedSize }))),
    rawBytes: entries.reduce((sum, entry) => sum + entry.size, 0),
  };
}

/**
 * The course source is tens of MB on a large course, where the best compression took 3 s of a 16×
 * course's export for a few percent: it gets zlib's default level, the other text files the best.
 */
const levelFor = (name: string): number => (name === PACKAGE_SOURCE_PATH ? zlibConstants.Z_DEFAULT_COMPRESSION : zlibConstants.Z_BEST_COMPRESSION);

/**
 * A text file deflated as it is made (the same bytes as deflating it whole), with its CRC and sizes;
 * kept stored when deflating does not shrink it (then it is no larger than the deflated bytes).
 * Encoding goes into two buffers used in turn: the next batch is encoded while zlib deflates the last.
 */
async function deflatedText(file: Extract<PlannedFile, { kind: 'text' }>, signal: AbortSignal | undefined): Promise<PreparedEntry> {
  const pieces = () => file.pieces?.() ?? [file.content];
  const deflate = createDeflateRaw({ level: levelFor(file.path) });
  const deflated: Buffer[] = [];
  let compressedSize = 0;
  deflate.on('data', (chunk: Buffer) => {
    deflated.push(chunk);
    compressedSize += chunk.length;
  });
  // Listening from the start: a zlib error then rejects this (seen below) instead of being an unhandled 'error' event.
  const ended = once(deflate, 'end');
  ended.catch(() => {});
  let checksum = 0;
  let size = 0;
  try {
    let deflating: Promise<void> = Promise.resolve();
    for (const batch of utf8Batches(pieces())) {
      if (signal?.aborted) throw signal.reason;
      checksum = crc32(batch, checksum);
      size += batch.length;
      // The buffer batch fills after this one is the one zlib is reading: it must be done with it first.
      await deflating;
      deflating = consumed(deflate, batch);
    }
    await deflating;
    deflate.end();
    await ended;
  } finally {
    deflate.destroy();
  }
  const known = { kind: 'text', name: file.path, crc32: checksum, size } as const;
  if (compressedSize < size) return { ...known, method: METHOD_DEFLATED, compressedSize, data: deflated };
  return { ...known, method: METHOD_STORED, compressedSize: size, data: Array.from(utf8Batches(pieces()), (batch) => Buffer.from(batch)) };
}

/** Resolves once the stream has taken chunk in (zlib has read it whole), so its memory may be written again. */
function consumed(stream: Writable, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => stream.write(chunk, (error) => (error ? reject(error) : resolve())));
}

/**
 * Pieces of text encoded as UTF-8 in batches of at most TEXT_BATCH_BYTES, written in turn into two
 * buffers made once (no string is joined or copied: the pieces of a large course's text add up to
 * hundreds of MB over an export). A batch's bytes are valid until the batch after next is asked for.
 * A pair of surrogates split between pieces is encoded whole, as in the joined text.
 */
function* utf8Batches(pieces: Iterable<string>): Generator<Buffer> {
  const buffers = [Buffer.allocUnsafe(TEXT_BATCH_BYTES), Buffer.allocUnsafe(TEXT_BATCH_BYTES)];
  let turn = 0;
  let used = 0;
  const batch = (): Buffer => {
    const bytes = buffers[turn]!.subarray(0, used);
    turn = 1 - turn;
    used = 0;
    return bytes;
  };
  let highSurrogate = '';
  for (const next of pieces) {
    let piece = highSurrogate + next;
    highSurrogate = '';
    if (isHighSurrogate(piece.charCodeAt(piece.length - 1))) {
      highSurrogate = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    for (let start = 0; start < piece.length; ) {
      // At most 3 bytes per UTF-16 unit: the part written always fits.
      if (used > 0 && used + (piece.length - start) * MAX_UTF8_BYTES_PER_UNIT > TEXT_BATCH_BYTES) yield batch();
      let end = Math.min(piece.length, start + Math.floor((TEXT_BATCH_BYTES - used) / MAX_UTF8_BYTES_PER_UNIT));
      if (end < piece.length && isHighSurrogate(piece.charCodeAt(end - 1))) end -= 1;
      used += buffers[turn]!.write(start === 0 && end === piece.length ? piece : piece.slice(start, end), used);
      start = end;
    }
  }
  // A high surrogate ending the text, alone, as encoding the joined text would write it.
  if (highSurrogate) used += buffers[turn]!.write(highSurrogate, used);
  if (used > 0) yield batch();
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

interface ProgressReporter {
  entry(name: string): void;
  tick(bytes: number): void;
  done(zipBytes: number): void;
}

function progressReporter(totalBytes: number, onProgress: ((progress: ExportProgress) => void) | undefined): ProgressReporter {
  let currentFile = '';
  let doneBytes = 0;
  let lastReport = 0;
  return {
    entry: (name) => void (currentFile = name),
    tick: (bytes) => {
      doneBytes += bytes;
      const now = Date.now();
      if (now - lastReport < PROGRESS_INTERVAL_MS) return;
      lastReport = now;
      onProgress?.({ writtenBytes: Math.min(doneBytes, totalBytes), totalBytes, currentFile });
    },
    done: (zipBytes) => onProgress?.({ writtenBytes: zipBytes, totalBytes: zipBytes, currentFile }),
  };
}

async function ensureDiskSpace(directory: string, bytes: number): Promise<void> {
  const stats = await statfs(directory).catch((error: unknown) => {
    throw appError('file-error', 'folderNotWritable', { folder: directory, detail: messageOf(error) });
  });
  const free = stats.bavail * stats.bsize;
  if (free < bytes + DISK_SPACE_MARGIN) {
    const megabytes = (value: number): number => Math.ceil(value / 1_000_000);
    throw appError('file-error', 'exportNoSpace', { folder: directory, needed: megabytes(bytes), free: megabytes(free) });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
