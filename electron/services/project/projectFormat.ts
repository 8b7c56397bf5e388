import { closeSync, openSync, readSync } from 'node:fs';

/** PRAGMA application_id of every SPOC Studio project file ("SPOC" in ASCII), so we recognise our files. */
export const SPOC_APPLICATION_ID = 0x53504f43;

/** File extension of a project file. */
export const PROJECT_EXTENSION = '.spoc';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

/** What the 100-byte SQLite header of a file says, read without letting SQLite touch the file. */
export interface ProjectHeader {
  kind: 'not-sqlite' | 'truncated-header' | 'sqlite';
  applicationId: number;
  userVersion: number;
}

/** Reads a file's SQLite header (https://www.sqlite.org/fileformat.html#the_database_header). */
export function readProjectHeader(filePath: string): ProjectHeader {
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(filePath, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  const empty: ProjectHeader = { kind: 'not-sqlite', applicationId: 0, userVersion: 0 };
  const magicBytes = Math.min(read, SQLITE_MAGIC.length);
  if (magicBytes === 0 || !header.subarray(0, magicBytes).equals(SQLITE_MAGIC.subarray(0, magicBytes))) return empty;
  if (read < HEADER_SIZE) return { ...empty, kind: 'truncated-header' };
  return {
    kind: 'sqlite',
    userVersion: header.readUInt32BE(60),
    applicationId: header.readUInt32BE(68),
  };
}
