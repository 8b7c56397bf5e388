import { open, rename, rm, statfs } from 'node:fs/promises';
import path from 'node:path';
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/api/appError';
import type { PackagePlan, PlannedPackage } from '../../../shared/export/buildPackagePlan';
import { temporaryPathFor } from '../project/temporaryFiles';
import { FileSink, type ByteSink } from './fileSink';
import { ZIP32_LIMIT, METHOD_DEFLATED, METHOD_STORED, archiveSizeOf } from './zipFormat';
import { ZipWriter, tooLarge, type KnownEntry } from './zipWriter';

/** Reads a media file's bytes by content hash (the project's media store). */
export interface MediaSource {
  openMediaStream(sha256: string): AsyncIterable<Buffer>;
}

/** How far an export has got: bytes of the zip written so far out of the total. */
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
}

type PreparedEntry = KnownEntry & ({ data: Buffer } | { sha256: string });
interface PreparedPackage {
  fileName: string;
  entries: PreparedEntry[];
  bytes: number;
}

const PROGRESS_INTERVAL_MS = 100;
// Room for the file system's own blocks beyond the archive's bytes.
const DISK_SPACE_MARGIN = 16 * 1024 * 1024;

/**
 * Writes a planned export as one zip (or a zip of zips) at outputPath: text deflated, media stored
 * and piped from the store once, under a temporary name renamed into place only when complete, so a
 * crash, an error or a cancel never leaves a broken zip where the user expects one.
 */
export async function writeScormExport(plan: PackagePlan, options: WriteExportOptions): Promise<WrittenExport> {
  const { outputPath, media, onProgress, signal, durable = true } = options;
  const packages = plan.packages.map(preparePackage);
  const totalBytes = plan.nested
    ? archiveSizeOf(packages.map((pkg) => ({ name: Buffer.from(pkg.fileName), compressedSize: pkg.bytes })))
    : (packages[0]?.bytes ?? 0);
  if (totalBytes > ZIP32_LIMIT || packages.some((pkg) => pkg.bytes > ZIP32_LIMIT)) throw tooLarge();
  const directory = path.dirname(outputPath);
  await ensureDiskSpace(directory, totalBytes);

  const temporaryPath = temporaryPathFor(outputPath, '.partial');
  const handle = await open(temporaryPath, 'wx').catch((error: unknown) => {
    throw new AppError('file-error', `Cannot write in ${directory}: ${messageOf(error)}. Choose a folder you can write to.`);
  });
  let closed = false;
  try {
    const sink = new FileSink(handle);
    const progress = progressReporter(totalBytes, sink, onProgress);
    if (plan.nested) {
      const outer = new ZipWriter(sink);
      for (const pkg of packages) await outer.addNested(pkg.fileName, sink, (inner) => writePackage(pkg, inner, media, progress, signal));
      await outer.finish();
    } else if (packages[0]) {
      await writePackage(packages[0], sink, media, progress, signal);
    }
    await sink.flush();
    if (sink.position !== totalBytes) throw new AppError('internal', `The export wrote ${sink.position} bytes where ${totalBytes} were planned.`);
    if (durable) await handle.datasync();
    await handle.close();
    closed = true;
    await rename(temporaryPath, outputPath);
    progress.done();
    return { path: outputPath, bytes: totalBytes, files: packages.reduce((sum, pkg) => sum + pkg.entries.length, 0) };
  } catch (error) {
    if (!closed) await handle.close().catch(() => {});
    await rm(temporaryPath, { force: true });
    if (signal?.aborted) throw new AppError('cancelled', 'The export was cancelled: no file was written.');
    if (error instanceof AppError) throw error;
    throw new AppError('file-error', `Cannot write the export to ${outputPath}: ${messageOf(error)}. Check the disk and choose another folder if needed.`);
  }
}

async function writePackage(pkg: PreparedPackage, sink: ByteSink, media: MediaSource, progress: ProgressReporter, signal: AbortSignal | undefined): Promise<void> {
  const zip = new ZipWriter(sink);
  for (const entry of pkg.entries) {
    if (signal?.aborted) throw signal.reason;
    progress.entry(entry.name);
    if ('data' in entry) {
      await zip.addBuffer(entry, entry.data);
    } else {
      await zip.addStream(entry, abortable(media.openMediaStream(entry.sha256), signal), progress.tick);
    }
    progress.tick(0);
  }
  await zip.finish();
}

async function* abortable(chunks: AsyncIterable<Buffer>, signal: AbortSignal | undefined): AsyncIterable<Buffer> {
  for await (const chunk of chunks) {
    if (signal?.aborted) throw signal.reason;
    yield chunk;
  }
}

/** Deflates text entries (kept stored when that is no smaller) and takes media CRC and sizes from the store. */
function preparePackage(pkg: PlannedPackage): PreparedPackage {
  const entries = pkg.files.map((file): PreparedEntry => {
    if (file.kind === 'media') return { name: file.path, method: METHOD_STORED, crc32: file.crc32, compressedSize: file.size, size: file.size, sha256: file.sha256 };
    const raw = Buffer.from(file.content, 'utf8');
    const deflated = deflateRawSync(raw, { level: zlibConstants.Z_BEST_COMPRESSION });
    const [method, data] = deflated.length < raw.length ? [METHOD_DEFLATED, deflated] : [METHOD_STORED, raw];
    return { name: file.path, method, crc32: crc32(raw), compressedSize: data.length, size: raw.length, data };
  });
  return { fileName: pkg.fileName, entries, bytes: archiveSizeOf(entries.map((entry) => ({ name: Buffer.from(entry.name), compressedSize: entry.compressedSize }))) };
}

interface ProgressReporter {
  entry(name: string): void;
  tick(bytes: number): void;
  done(): void;
}

function progressReporter(totalBytes: number, sink: ByteSink, onProgress: ((progress: ExportProgress) => void) | undefined): ProgressReporter {
  let currentFile = '';
  let lastReport = 0;
  const report = (): void => onProgress?.({ writtenBytes: Math.min(sink.position, totalBytes), totalBytes, currentFile });
  return {
    entry: (name) => void (currentFile = name),
    tick: () => {
      const now = Date.now();
      if (now - lastReport < PROGRESS_INTERVAL_MS) return;
      lastReport = now;
      report();
    },
    done: report,
  };
}

async function ensureDiskSpace(directory: string, bytes: number): Promise<void> {
  const stats = await statfs(directory).catch((error: unknown) => {
    throw new AppError('file-error', `Cannot write in ${directory}: ${messageOf(error)}. Choose an existing folder you can write to.`);
  });
  const free = stats.bavail * stats.bsize;
  if (free < bytes + DISK_SPACE_MARGIN) {
    const megabytes = (value: number): string => `${Math.ceil(value / 1_000_000)} MB`;
    throw new AppError('file-error', `Not enough disk space in ${directory}: the export needs ${megabytes(bytes)}, ${megabytes(free)} are free. Free some space or choose another disk.`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
