import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { mediaStoreDirFor } from '../media/mediaStore';

/** Suffixes of files being written under a temporary name: a new project, an export. */
const TEMPORARY_SUFFIXES = ['.creating', '.partial'] as const;
/** SQLite's side files, which a killed creation may leave beside its temporary file. */
const SIDE_FILES = ['', '-wal', '-shm', '-journal'];
/** Temporary files of older versions carry no process id: they are swept once this old. */
const ANONYMOUS_TEMPORARY_AGE_MS = 60 * 60 * 1000;

/**
 * A hidden name beside target for writing it before an atomic rename. It carries this process's id so
 * that the sweep at start can tell a crashed process's leftovers from a running one's work.
 */
export function temporaryPathFor(target: string, suffix: (typeof TEMPORARY_SUFFIXES)[number]): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}${suffix}`);
}

/** Removes the temporary files (and their SQLite side files) that killed processes left in dir; returns how many. */
export function sweepStaleTemporaryFiles(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const suffix = TEMPORARY_SUFFIXES.find((candidate) => name.endsWith(candidate));
    if (!name.startsWith('.') || !suffix) continue;
    const filePath = path.join(dir, name);
    if (!isStale(name, filePath)) continue;
    for (const side of SIDE_FILES) rmSync(filePath + side, { force: true });
    // Media imported into a project being created wait in a store folder beside it.
    rmSync(mediaStoreDirFor(filePath), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

function isStale(name: string, filePath: string): boolean {
  const owner = /\.(\d+)-[0-9a-f]+\.(creating|partial)$/.exec(name);
  if (!owner) {
    try {
      return Date.now() - statSync(filePath).mtimeMs > ANONYMOUS_TEMPORARY_AGE_MS;
    } catch {
      return false;
    }
  }
  const pid = Number(owner[1]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
