import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/** Overwrites one stored chunk of a content with other bytes of the same length, as a bad disk sector would. */
export function overwriteMediaChunk(projectPath: string, sha256: string, chunkIndex = 0): void {
  const db = new Database(projectPath);
  db.prepare(
    'UPDATE media_chunks SET data = randomblob(length(data)) WHERE chunk_index = ? AND content_id = (SELECT id FROM media_contents WHERE sha256 = ?)',
  ).run(chunkIndex, sha256);
  db.close();
}

function pageSizeAndPages(projectPath: string, table: string, pageType: string): { pageSize: number; pages: number[] } {
  const db = new Database(projectPath, { readonly: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.prepare('SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno').pluck().all(table, pageType) as number[];
    return { pageSize, pages };
  } finally {
    db.close();
  }
}

function readVarint(page: Buffer, at: number): { value: number; length: number } {
  let value = 0;
  for (let length = 1; length <= 9; length += 1) {
    const byte = page[at + length - 1]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, length };
  }
  return { value, length: 9 };
}

/**
 * Flips the rowid an index entry points at (a bit flip inside an index page): the file still reads,
 * but the index and its table disagree, which only integrity_check notices.
 */
export function flipIndexEntry(projectPath: string, indexName: string): void {
  const { pageSize, pages } = pageSizeAndPages(projectPath, indexName, 'leaf');
  const pageNumber = pages[0]!;
  const fd = openSync(projectPath, 'r+');
  try {
    const page = Buffer.alloc(pageSize);
    readSync(fd, page, 0, pageSize, (pageNumber - 1) * pageSize);
    const cellAt = page.readUInt16BE(8);
    const payload = readVarint(page, cellAt);
    const lastByte = cellAt + payload.length + payload.value - 1;
    page[lastByte] = page[lastByte]! ^ 0x40;
    writeSync(fd, page, 0, pageSize, (pageNumber - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Breaks the chain of pages holding a media chunk (a bit flip in its next-page pointer): SQLite can no longer read that chunk. */
export function breakMediaPageChain(projectPath: string): void {
  const { pageSize, pages } = pageSizeAndPages(projectPath, 'media_chunks', 'overflow');
  const fd = openSync(projectPath, 'r+');
  try {
    const pointer = Buffer.alloc(4);
    pointer.writeUInt32BE(0x7fff_fff0);
    writeSync(fd, pointer, 0, 4, (pages[0]! - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
