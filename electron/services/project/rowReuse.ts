import { hash } from 'node:crypto';
import type { Row, RowCodec } from './rowCodec';

interface Decoded {
  /** Digest of the row and extra fields it was decoded from (see signatureOf). */
  signature: string;
  value: unknown;
}

/**
 * What the last reads of the course decoded, handed back when unchanged: decoding (JSON, then the
 * model's validation) is most of a re-read's cost, and after an edit all rows but a few are the same.
 * - A list whose tables no write touched since it was read (same version) is not read again.
 * - A row read again with the same columns and extra fields is not decoded again: a decoded row
 *   depends on nothing else.
 * - A list read again with the same values in the same order is the same list object, so what was
 *   computed from it can be kept too (see memoizeFrozen).
 * Values are shared between reads: callers must not change them (the course document freezes them).
 */
export class RowReuse {
  /** Decoded rows per table, as of the last read of that table. */
  private decoded = new Map<string, Map<unknown, Decoded>>();
  private decodedNow = new Map<string, Map<unknown, Decoded>>();
  private lists = new Map<string, { version: string | null; values: readonly unknown[] }>();

  /** Runs one read of the course; a table it read again forgets the rows no longer in it. */
  read<T>(fn: () => T): T {
    this.decodedNow = new Map();
    const result = fn();
    for (const [table, rows] of this.decodedNow) this.decoded.set(table, rows);
    this.decodedNow = new Map();
    return result;
  }

  /**
   * version: changes to the list's tables since the project opened, or null when not known (read it
   * again). patch, when given, may build the list from the last one and that list's version (only
   * some rows updated); it returns null when it cannot, and the list is read whole.
   */
  list<T>(name: string, version: string | null, read: () => T[], patch?: (last: readonly T[], lastVersion: string) => T[] | null): T[] {
    const last = this.lists.get(name) as { version: string | null; values: T[] } | undefined;
    if (last && version !== null && last.version === version) return last.values;
    const patched = last && version !== null && last.version !== null && patch ? patch(last.values, last.version) : null;
    const values = patched ?? read();
    const kept = last && last.values.length === values.length && last.values.every((value, index) => value === values[index]) ? last.values : values;
    this.lists.set(name, { version, values: kept });
    return kept;
  }

  /** Keeps the decoded rows of a table this read patches instead of reading whole (the rows it does not read again are still in it). */
  carryOver(table: string): void {
    const last = this.decoded.get(table);
    if (last && !this.decodedNow.has(table)) this.decodedNow.set(table, new Map(last));
  }

  decode<T>(codec: RowCodec<T>, row: Row, extra?: Partial<T>): T {
    const id = row.id ?? row.week;
    if (id === undefined || id === null) return codec.fromRow(row, extra);
    const last = this.decoded.get(codec.table)?.get(id);
    const signature = signatureOf(row, extra);
    const decoded = last?.signature === signature ? last : { signature, value: codec.fromRow(row, extra) };
    let rows = this.decodedNow.get(codec.table);
    if (!rows) this.decodedNow.set(codec.table, (rows = new Map()));
    rows.set(id, decoded);
    return decoded.value as T;
  }
}

/**
 * One SHA-1 of a row's columns (names, types, values) and the extra fields decoded with it: a copy of
 * each row kept instead (long texts as their digests) cost ~400 bytes a row, 8 MB of a 16x course.
 */
function signatureOf(row: Row, extra: object | undefined): string {
  let text = extra === undefined ? '' : JSON.stringify(extra);
  for (const column in row) {
    const value = row[column];
    const shown = Buffer.isBuffer(value) ? value.toString('base64') : String(value);
    // Lengths make the joined text unambiguous whatever the values hold.
    text += `\u0000${column}\u0000${value === null ? 'null' : typeof value}${shown.length}\u0000${shown}`;
  }
  return hash('sha1', text, 'base64');
}
