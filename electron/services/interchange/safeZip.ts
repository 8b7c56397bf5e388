/**
 * Reads an untrusted zip archive (a .docx, a SCORM package) from memory without trusting it:
 * entry count and total unpacked size are capped before anything is inflated, and each entry is
 * inflated with its declared size as a hard limit, so a zip bomb that lies about its sizes is
 * refused too. Names with `..`, absolute paths or backslashes are refused.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { appError } from '../../../shared/api/appError';
import { CENTRAL_HEADER_SIZE, END_RECORD_SIZE, LOCAL_HEADER_SIZE, METHOD_DEFLATED, METHOD_STORED } from '../export/zipFormat';

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the entries' unpacked sizes. */
  maxTotalBytes: number;
}

export interface SafeZip {
  names(): string[];
  has(name: string): boolean;
  /** The entry's bytes, checked against its size and CRC-32. */
  read(name: string): Buffer;
}

interface Entry {
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const MAX_COMMENT = 0xffff;

function endRecordOffset(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let offset = zip.length - END_RECORD_SIZE; offset >= lowest; offset--) {
    if (zip.readUInt32LE(offset) === 0x06054b50) return offset;
  }
  return -1;
}

/** Opens the archive's directory; `file` names it in messages (its file name, or an inner zip's name). */
export function openSafeZip(zip: Buffer, limits: ZipLimits, file: string): SafeZip {
  const notZip = () => appError('invalid-input', 'zipInvalid', { file });
  if (zip.length < END_RECORD_SIZE) throw notZip();
  const end = endRecordOffset(zip);
  if (end < 0) throw notZip();
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count > limits.maxEntries) {
    throw appError('invalid-input', 'zipTooManyFiles', { file, count, limit: limits.maxEntries });
  }
  const entries = new Map<string, Entry>();
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + CENTRAL_HEADER_SIZE > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw notZip();
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength).toString('utf8');
    const entry: Entry = {
      method: zip.readUInt16LE(at + 10),
      crc32: zip.readUInt32LE(at + 16),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      offset: zip.readUInt32LE(at + 42),
    };
    if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
      throw appError('invalid-input', 'zipPathOutside', { file, name });
    }
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      throw appError('invalid-input', 'zipTooBig', { file, megabytes: Math.round(limits.maxTotalBytes / 1_000_000) });
    }
    entries.set(name, entry);
    at += CENTRAL_HEADER_SIZE + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return {
    names: () => [...entries.keys()],
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) throw appError('not-found', 'zipEntryMissing', { file, name });
      const local = entry.offset;
      if (local + LOCAL_HEADER_SIZE > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw notZip();
      const start = local + LOCAL_HEADER_SIZE + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const packed = zip.subarray(start, start + entry.compressedSize);
      let bytes: Buffer;
      try {
        if (entry.method === METHOD_STORED) bytes = Buffer.from(packed);
        // One byte over the declared size is enough to catch a lying header without inflating the bomb.
        else if (entry.method === METHOD_DEFLATED) bytes = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size + 1) });
        else throw new Error(`compression method ${entry.method}`);
      } catch {
        throw appError('invalid-input', 'zipEntryUnpack', { file, name });
      }
      if (bytes.length !== entry.size || (crc32(bytes) >>> 0) !== entry.crc32) {
        throw appError('invalid-input', 'zipEntryMismatch', { file, name });
      }
      return bytes;
    },
  };
}

/** Inflates every entry once, so a bomb hidden behind honest-looking records is caught before another reader opens the archive. */
export function checkEveryEntry(zip: SafeZip): void {
  for (const name of zip.names()) if (!name.endsWith('/')) zip.read(name);
}
