import { AppError, appError } from '../../shared/api/appError';

/**
 * What a failure from SQLite means to the user, in their language: a full disk, a file another program
 * holds, a damaged file. Other errors pass unchanged.
 */
export function sqliteFailure(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const detail = error instanceof Error ? error.message : code;
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') return appError('file-error', 'diskFull', { detail });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return appError('locked', 'projectBusy', { detail });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return appError('corrupt-project', 'projectDamagedWhileOpen', { detail });
  if (code.startsWith('SQLITE_READONLY')) return appError('read-only', 'projectReadOnly');
  return appError('internal', 'storageFailed', { detail });
}
