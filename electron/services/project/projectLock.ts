import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';

/** Who holds a project open for editing, as written in its lock file. */
export interface LockHolder {
  user: string;
  host: string;
  pid: number;
  /** ISO time the project was opened. */
  since: string;
}

/** The lock file beside a project: hidden, named after it, removed when the project is closed. */
export const lockPathOf = (projectPath: string): string => path.join(path.dirname(projectPath), `.${path.basename(projectPath)}.lock`);

/**
 * One process edits a project at a time: a second one (another window, another app instance) gets
 * 'locked' saying who holds it since when, and may open it read-only. A lock whose process is gone
 * (a crash, kill -9) is taken over.
 */
export class ProjectLock {
  private constructor(
    private readonly lockPath: string,
    readonly holder: LockHolder,
  ) {}

  static acquire(projectPath: string): ProjectLock {
    const lockPath = lockPathOf(projectPath);
    const mine: LockHolder = { user: currentUser(), host: hostname(), pid: process.pid, since: new Date().toISOString() };
    const text = JSON.stringify(mine);
    try {
      writeFileSync(lockPath, text, { flag: 'wx', mode: 0o644 });
      return new ProjectLock(lockPath, mine);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockPath);
    if (holder && !isStale(holder)) throw lockedError(projectPath, holder);
    // Taken over by rename, so a reader never sees a half-written lock; the re-read settles a race between two takers.
    const temporary = `${lockPath}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temporary, text, { mode: 0o644 });
    renameSync(temporary, lockPath);
    const now = readHolder(lockPath);
    if (!now || now.pid !== mine.pid || now.host !== mine.host || now.since !== mine.since) throw lockedError(projectPath, now ?? mine);
    return new ProjectLock(lockPath, mine);
  }

  release(): void {
    const now = readHolder(this.lockPath);
    if (now && now.pid === this.holder.pid && now.since === this.holder.since && now.host === this.holder.host) rmSync(this.lockPath, { force: true });
  }
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { user: String(value.user ?? '?'), host: value.host, pid: value.pid, since: String(value.since ?? '') };
  } catch {
    // An unreadable or half-written lock protects nothing: it counts as stale.
    return null;
  }
}

/** A lock of this machine whose process no longer runs. A lock from another machine (a shared folder) is never judged stale. */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function lockedError(projectPath: string, holder: LockHolder) {
  return appError('locked', 'projectLocked', {
    file: path.basename(projectPath),
    user: holder.user,
    host: holder.host,
    pid: holder.pid,
    since: holder.since.replace('T', ' ').slice(0, 16) + ' UTC',
  });
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return String(process.getuid?.() ?? '?');
  }
}
