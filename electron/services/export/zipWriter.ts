import { AppError, appError } from '../../../shared/api/appError';
import type { ByteSink } from './fileSink';
import {
  ZIP32_LIMIT,
  ZIP32_MAX_ENTRIES,
  centralHeader,
  endOfCentralDirectory,
  localHeader,
  type ZipEntryRecord,
} from './zipFormat';

/** An entry whose CRC and sizes are known before its bytes are written. */
export interface KnownEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
}

/**
 * Streams a zip archive into a sink, entry after entry, in the order given. CRC and sizes go in each
 * local header up front (no data descriptors), so media bytes pass straight through once.
 */
export class ZipWriter {
  private readonly records: ZipEntryRecord[] = [];
  private readonly start: number;

  constructor(private readonly sink: ByteSink) {
    this.start = sink.position;
  }

  /** Writes an entry whose (compressed) bytes are in memory, in one or more buffers. */
  async addBuffers(entry: KnownEntry, data: readonly Buffer[]): Promise<void> {
    const length = data.reduce((sum, chunk) => sum + chunk.length, 0);
    if (length !== entry.compressedSize) throw new AppError('internal', `Entry ${entry.name}: ${length} bytes given, ${entry.compressedSize} announced.`);
    await this.writeHeader(entry);
    for (const chunk of data) await this.sink.write(chunk);
  }

  /** Writes an entry from a stream of chunks; fails if the stream's length differs from the announced size. */
  async addStream(entry: KnownEntry, chunks: AsyncIterable<Buffer>, onChunk: (bytes: number) => void = () => {}): Promise<void> {
    await this.writeHeader(entry);
    let written = 0;
    for await (const chunk of chunks) {
      written += chunk.length;
      if (written > entry.compressedSize) break;
      await this.sink.write(chunk);
      onChunk(chunk.length);
    }
    if (written !== entry.compressedSize) {
      throw appError('corrupt-project', 'mediaShortRead', { name: entry.name, expected: entry.compressedSize, actual: written });
    }
  }

  /** Writes an entry's header and leaves its bytes to writeAt, given where they start (in the sink). */
  async addWrittenElsewhere(entry: KnownEntry, writeAt: (offset: number) => Promise<void>): Promise<void> {
    await this.writeHeader(entry);
    await writeAt(this.sink.reserve(entry.compressedSize));
  }

  /** Writes the central directory and the end record. */
  async finish(): Promise<void> {
    if (this.records.length > ZIP32_MAX_ENTRIES) throw tooLarge();
    const directoryOffset = this.sink.position - this.start;
    for (const record of this.records) await this.sink.write(centralHeader(record));
    const directorySize = this.sink.position - this.start - directoryOffset;
    if (directoryOffset + directorySize > ZIP32_LIMIT) throw tooLarge();
    await this.sink.write(endOfCentralDirectory(this.records.length, directorySize, directoryOffset));
  }

  private async writeHeader(entry: KnownEntry): Promise<ZipEntryRecord> {
    const offset = this.sink.position - this.start;
    if (offset > ZIP32_LIMIT || entry.compressedSize > ZIP32_LIMIT || entry.size > ZIP32_LIMIT) throw tooLarge();
    // Only the header's fields: an entry may carry its data, which must not live until the directory is written.
    const { method, crc32, compressedSize, size } = entry;
    const record: ZipEntryRecord = { name: Buffer.from(entry.name, 'utf8'), method, crc32, compressedSize, size, offset };
    this.records.push(record);
    await this.sink.write(localHeader(record));
    return record;
  }
}

export function tooLarge(): AppError {
  return appError('invalid-input', 'exportTooLarge');
}
