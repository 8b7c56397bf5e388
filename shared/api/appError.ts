import { errors, type ErrorMessageKey } from '../i18n/errors';
import { formatMessage } from '../i18n/formatMessage';

/** Error codes the renderer can act on; the message is always human-readable and says what to do. */
export type AppErrorCode =
  | 'invalid-input'
  | 'no-project'
  | 'not-found'
  | 'not-a-project'
  | 'corrupt-project'
  | 'newer-version'
  | 'file-error'
  | 'locked'
  | 'read-only'
  | 'conflict'
  | 'cancelled'
  | 'internal';

/** A slot's value; a detail that is itself a catalogued message is said in the same language as the message around it. */
export type ErrorParam = string | number | ErrorText;
export type ErrorParams = Record<string, ErrorParam>;

/** What the UI needs to say an error in the user's language: a key of the `errors` catalog and its slots. */
export interface ErrorText {
  key: ErrorMessageKey;
  params: ErrorParams;
}

/** A message's slots with every nested message said by `say` (in the language of the message around it). */
export function sayNestedParams(params: ErrorParams, say: (text: ErrorText) => string): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? say(value) : value]));
}

/** A failure that crosses IPC and HTTP as plain data and is rethrown on the renderer side. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly text?: ErrorText,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** An AppError whose message comes from the `errors` catalog, so the UI can show it in French or English. */
export function appError(code: AppErrorCode, key: ErrorMessageKey, params: ErrorParams = {}): AppError {
  return new AppError(code, errorText('en', key, params), { key, params });
}

/** A message of the errors catalog in one language with its `{{slots}}` filled. */
export function errorText(language: 'fr' | 'en', key: ErrorMessageKey, params: ErrorParams = {}): string {
  return formatMessage(errors[language], language, key, sayNestedParams(params, (nested) => errorText(language, nested.key, nested.params)));
}

export interface ApiErrorPayload {
  code: AppErrorCode;
  message: string;
  /** Present when the message has French and English text in the `errors` catalog. */
  text?: ErrorText;
}

/** Envelope used on every transport: Electron keeps only an error's message across IPC. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof AppError) return error.text ? { code: error.code, message: error.message, text: error.text } : { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
