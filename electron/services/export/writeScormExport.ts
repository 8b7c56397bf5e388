import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, statfs } from 'node:fs/promises';
import path from 'node:path';
import { constants as zlibConstants, crc32, deflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/api/appError';
import type { PackagePlan, PlannedPackage } from '../../../shared/export/buildPackagePlan';
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
  /** The zip to write; with a plan `intoFolder`, the folder to write each module's zip in. */
  outputPath: string;
  media: MediaSource;
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
  /** fsync before the rename, so a power cut never leaves a renamed but empty zip (default true). */
  durable?: boolean;
}

export interface WrittenExport {
  /** The zip, or the folder holding one zip per module. */
  path: string;
  bytes: number;
  /** Files inside the package(s). */
  files: number;
  /** Every zip written, in course order. */
  packages: Array<{ path: string; bytes: number }>;
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
 * Writes a planned export: one zip at outputPath, or (plan.intoFolder) one zip per module side by
 * side in the folder outputPath, which LMSs take one by one (a zip of zips is refused). Text is
 * deflated, media stored and piped from the store once; each zip is written under a temporary name
 * renamed into place only when complete, and an export that fails or is cancelled removes the zips
 * it wrote, so no broken or partial export is left where the user expects one.
 */
export async function writeScormExport(plan: PackagePlan, options: WriteExportOptions): Promise<WrittenExport> {
  const { outputPath, signal } = options;
  const packages = plan.packages.map(preparePackage);
  if (packages.some((pkg) => pkg.bytes > ZIP32_LIMIT)) throw tooLarge();
  const totalBytes = packages.reduce((sum, pkg) => sum + pkg.bytes, 0);
  const directory = plan.intoFolder ? outputPath : path.dirname(outputPath);
  if (plan.intoFolder) {
    await mkdir(directory, { recursive: true }).catch((error: unknown) => {
      throw new AppError('file-error', `Cannot create the folder ${directory}: ${messageOf(error)}. Choose a folder you can write to.`);
    });
  }
  await ensureDiskSpace(directory, totalBytes);
  const progress = progressReporter(totalBytes, options.onProgress);
  const written: Array<{ path: string; bytes: number }> = [];
  try {
    for (const pkg of packages) {
      const zipPath = plan.intoFolder ? path.join(directory, pkg.fileName) : outputPath;
      await writeZip(pkg, zipPath, options, progress);
      written.push({ path: zipPath, bytes: pkg.bytes });
    }
  } catch (error) {
    for (const zip of written) await rm(zip.path, { force: true });
    if (signal?.aborted) throw new AppError('cancelled', 'The export was cancelled: no file was written.');
    throw error;
  }
  progress.done();
  return { path: outputPath, bytes: totalBytes, files: packages.reduce((sum, pkg) => sum + pkg.entries.length, 0), packages: written };
}

async function writeZip(pkg: PreparedPackage, zipPath: string, options: WriteExportOptions, progress: ProgressReporter): Promise<void> {
  const { media, signal, durable = true } = options;
  const directory = path.dirname(zipPath);
  const temporaryPath = path.join(directory, `.${path.basename(zipPath)}.${randomBytes(6).toString('hex')}.partial`);
  const handle = await open(temporaryPath, 'wx').catch((error: unknown) => {
    throw new AppError('file-error', `Cannot write in ${directory}: ${messageOf(error)}. Choose a folder you can write to.`);
  });
  let closed = false;
  try {
    const sink = new FileSink(handle);
    progress.startZip(sink);
    await writePackage(pkg, sink, media, progress, signal);
    await sink.flush();
    if (sink.position !== pkg.bytes) throw new AppError('internal', `The export wrote ${sink.position} bytes where ${pkg.bytes} were planned.`);
    progress.endZip();
    if (durable) await handle.datasync();
    await handle.close();
    closed = true;
    await rename(temporaryPath, zipPath);
  } catch (error) {
    if (!closed) await handle.close().catch(() => {});
    await rm(temporaryPath, { force: true });
    if (signal?.aborted || error instanceof AppError) throw error;
    throw new AppError('file-error', `Cannot write the export to ${zipPath}: ${messageOf(error)}. Check the disk and choose another folder if needed.`);
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
  /** Bytes of the zips before this one count as written. */
  startZip(sink: ByteSink): void;
  endZip(): void;
  entry(name: string): void;
  tick(bytes: number): void;
  done(): void;
}

function progressReporter(totalBytes: number, onProgress: ((progress: ExportProgress) => void) | undefined): ProgressReporter {
  let currentFile = '';
  let lastReport = 0;
  let before = 0;
  let sink: ByteSink | null = null;
  const written = () => before + (sink?.position ?? 0);
  const report = (): void => onProgress?.({ writtenBytes: Math.min(written(), totalBytes), totalBytes, currentFile });
  return {
    startZip: (zipSink) => void (sink = zipSink),
    endZip: () => {
      before = written();
      sink = null;
    },
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
