import { mkdir, open, rename, rm, statfs } from 'node:fs/promises';
import path from 'node:path';
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';
import { AppError, appError } from '../../../shared/api/appError';
import type { PackagePlan, PlannedPackage } from '../../../shared/export/buildPackagePlan';
import { PACKAGE_SOURCE_PATH } from '../../../shared/interchange/packageSource';
import { temporaryPathFor } from '../project/temporaryFiles';
import { FileSink, type ByteSink } from './fileSink';
import { ZIP32_LIMIT, METHOD_DEFLATED, METHOD_STORED, archiveSizeOf } from './zipFormat';
import { ZipWriter, tooLarge, type KnownEntry } from './zipWriter';

/** Reads a media file's bytes by content hash (the project's media store). */
export interface MediaSource {
  openMediaStream(sha256: string): AsyncIterable<Buffer> | Iterable<Buffer>;
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

type PreparedEntry = { name: string } & ({ kind: 'text'; content: string } | ({ kind: 'media'; sha256: string } & KnownEntry));
interface PreparedPackage {
  fileName: string;
  entries: PreparedEntry[];
  /** The most the package's zip can take: every text stored (deflating is kept only when smaller). */
  maxBytes: number;
  /** Its files' bytes before compression, what progress counts. */
  rawBytes: number;
}

const PROGRESS_INTERVAL_MS = 100;
// Room for the file system's own blocks beyond the archive's bytes.
const DISK_SPACE_MARGIN = 16 * 1024 * 1024;

/**
 * Writes a planned export: one zip at outputPath, or (plan.intoFolder) one zip per module side by
 * side in the folder outputPath, which LMSs take one by one (a zip of zips is refused). Text is
 * deflated one file at a time as it is written (memory stays flat whatever the course's size), media
 * stored and piped from the store once; each zip is written under a temporary name renamed into
 * place only when complete, and an export that fails or is cancelled removes the zips it wrote, so
 * no broken or partial export is left where the user expects one.
 */
export async function writeScormExport(plan: PackagePlan, options: WriteExportOptions): Promise<WrittenExport> {
  const { outputPath } = options;
  const packages = plan.packages.map(preparePackage);
  const directory = plan.intoFolder ? outputPath : path.dirname(outputPath);
  if (plan.intoFolder) {
    await mkdir(directory, { recursive: true }).catch((error: unknown) => {
      throw appError('file-error', 'folderNotCreated', { folder: directory, detail: messageOf(error) });
    });
  }
  await ensureDiskSpace(directory, packages.reduce((sum, pkg) => sum + pkg.maxBytes, 0));
  const progress = progressReporter(packages.reduce((sum, pkg) => sum + pkg.rawBytes, 0), options.onProgress);
  const written: Array<{ path: string; bytes: number }> = [];
  const deflate = deflateOncePerPath();
  try {
    for (const pkg of packages) {
      const zipPath = plan.intoFolder ? path.join(directory, pkg.fileName) : outputPath;
      written.push({ path: zipPath, bytes: await writeZip(pkg, zipPath, options, progress, deflate) });
    }
  } catch (error) {
    for (const zip of written) await rm(zip.path, { force: true });
    throw error;
  }
  const bytes = written.reduce((sum, zip) => sum + zip.bytes, 0);
  progress.done(bytes);
  return { path: outputPath, bytes, files: packages.reduce((sum, pkg) => sum + pkg.entries.length, 0), packages: written };
}

/** Writes one package's zip at zipPath through a temporary file; resolves to its size. */
async function writeZip(pkg: PreparedPackage, zipPath: string, options: WriteExportOptions, progress: ProgressReporter, deflate: TextDeflater): Promise<number> {
  const { media, signal, durable = true } = options;
  const directory = path.dirname(zipPath);
  const temporaryPath = temporaryPathFor(zipPath, '.partial');
  const handle = await open(temporaryPath, 'wx').catch((error: unknown) => {
    throw appError('file-error', 'folderNotWritable', { folder: directory, detail: messageOf(error) });
  });
  let closed = false;
  try {
    const sink = new FileSink(handle);
    await writePackage(pkg, sink, media, progress, signal, deflate);
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

async function writePackage(pkg: PreparedPackage, sink: ByteSink, media: MediaSource, progress: ProgressReporter, signal: AbortSignal | undefined, deflate: TextDeflater): Promise<void> {
  const zip = new ZipWriter(sink);
  for (const entry of pkg.entries) {
    if (signal?.aborted) throw signal.reason;
    progress.entry(entry.name);
    if (entry.kind === 'text') {
      const [known, data] = deflate(entry.name, entry.content);
      await zip.addBuffer(known, data);
      progress.tick(known.size);
    } else {
      await zip.addStream(entry, abortable(media.openMediaStream(entry.sha256), signal), progress.tick);
    }
  }
  await zip.finish();
}

async function* abortable(chunks: AsyncIterable<Buffer> | Iterable<Buffer>, signal: AbortSignal | undefined): AsyncIterable<Buffer> {
  for await (const chunk of chunks) {
    if (signal?.aborted) throw signal.reason;
    yield chunk;
  }
}

type TextDeflater = (name: string, content: string) => [KnownEntry, Buffer];

/**
 * Deflates text files, once for a file every package of a weekly export repeats (the player, the course
 * source): the last one of each path is kept, so memory stays one file per path whatever the course.
 */
function deflateOncePerPath(): TextDeflater {
  const last = new Map<string, { content: string; compressed: [KnownEntry, Buffer] }>();
  return (name, content) => {
    const kept = last.get(name);
    if (kept?.content === content) return kept.compressed;
    const compressed = compressedText(name, Buffer.from(content, 'utf8'));
    last.set(name, { content, compressed });
    return compressed;
  };
}

/**
 * The course source is tens of MB on a large course, where the best compression took 3 s of a 16×
 * course's export for a few percent: it gets zlib's default level, the other text files the best.
 */
const levelFor = (name: string): number => (name === PACKAGE_SOURCE_PATH ? zlibConstants.Z_DEFAULT_COMPRESSION : zlibConstants.Z_BEST_COMPRESSION);

/** A text file deflated (kept stored when that is no smaller), with its CRC and sizes. */
function compressedText(name: string, raw: Buffer): [KnownEntry, Buffer] {
  const deflated = deflateRawSync(raw, { level: levelFor(name) });
  const [method, data] = deflated.length < raw.length ? [METHOD_DEFLATED, deflated] : [METHOD_STORED, raw];
  return [{ name, method, crc32: crc32(raw), compressedSize: data.length, size: raw.length }, data];
}

/** Entries in order, media with the CRC and sizes the store keeps; text compressed only when written. */
function preparePackage(pkg: PlannedPackage): PreparedPackage {
  const entries = pkg.files.map((file): PreparedEntry => {
    if (file.kind === 'media') return { kind: 'media', name: file.path, method: METHOD_STORED, crc32: file.crc32, compressedSize: file.size, size: file.size, sha256: file.sha256 };
    return { kind: 'text', name: file.path, content: file.content };
  });
  const storedSizes = entries.map((entry) => ({ name: Buffer.from(entry.name), compressedSize: entry.kind === 'media' ? entry.size : Buffer.byteLength(entry.content, 'utf8') }));
  return {
    fileName: pkg.fileName,
    entries,
    maxBytes: archiveSizeOf(storedSizes),
    rawBytes: storedSizes.reduce((sum, entry) => sum + entry.compressedSize, 0),
  };
}

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
