/**
 * The bytes of a plain (non-ZIP64) zip archive's records: APPNOTE 6.3.x sections 4.3.7, 4.3.12, 4.3.16.
 * Names are flagged UTF-8; every entry carries the same DOS timestamp so archives are reproducible.
 */

export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;
/** Largest size or offset the classic format holds; past it ZIP64 would be needed. */
export const ZIP32_LIMIT = 0xffffffff;
export const ZIP32_MAX_ENTRIES = 0xffff;

const VERSION_NEEDED = 20;
const FLAG_UTF8_NAMES = 0x0800;
// 1980-01-01 00:00:00, the DOS epoch: a fixed time makes the same course give the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_RECORD_SIZE = 22;

export interface ZipEntryRecord {
  name: Buffer;
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header from the start of the archive. */
  offset: number;
}

export function localHeader(entry: Omit<ZipEntryRecord, 'offset'>): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER_SIZE + entry.name.length);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(FLAG_UTF8_NAMES, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc32 >>> 0, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  entry.name.copy(header, LOCAL_HEADER_SIZE);
  return header;
}

export function centralHeader(entry: ZipEntryRecord): Buffer {
  const header = Buffer.alloc(CENTRAL_HEADER_SIZE + entry.name.length);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION_NEEDED, 4);
  header.writeUInt16LE(VERSION_NEEDED, 6);
  header.writeUInt16LE(FLAG_UTF8_NAMES, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc32 >>> 0, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra field, comment, disk number, internal and external attributes: all zero.
  header.writeUInt32LE(entry.offset, 42);
  entry.name.copy(header, CENTRAL_HEADER_SIZE);
  return header;
}

export function endOfCentralDirectory(entryCount: number, directorySize: number, directoryOffset: number): Buffer {
  const record = Buffer.alloc(END_RECORD_SIZE);
  record.writeUInt32LE(0x06054b50, 0);
  record.writeUInt16LE(entryCount, 8);
  record.writeUInt16LE(entryCount, 10);
  record.writeUInt32LE(directorySize, 12);
  record.writeUInt32LE(directoryOffset, 16);
  return record;
}

/** Bytes an archive takes, from its entries' names and compressed sizes (for progress, limits and nesting). */
export function archiveSizeOf(entries: { name: Buffer; compressedSize: number }[]): number {
  return entries.reduce((sum, entry) => sum + LOCAL_HEADER_SIZE + CENTRAL_HEADER_SIZE + 2 * entry.name.length + entry.compressedSize, END_RECORD_SIZE);
}
