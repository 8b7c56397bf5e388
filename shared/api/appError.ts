/** Error codes the renderer can act on; the message is always human-readable and says what to do. */
export type AppErrorCode =
  | 'invalid-input'
  | 'no-project'
  | 'not-found'
  | 'not-a-project'
  | 'corrupt-project'
  | 'newer-version'
  | 'file-error'
  | 'conflict'
  | 'cancelled'
  | 'internal';

/** A failure that crosses IPC and HTTP as plain data and is rethrown on the renderer side. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export interface ApiErrorPayload {
  code: AppErrorCode;
  message: string;
}

/** Envelope used on every transport: Electron keeps only an error's message across IPC. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
