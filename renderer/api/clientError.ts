import { AppError, type AppErrorCode, type ErrorParams } from '../../shared/api/appError';
import type { ErrorMessageKey } from '../../shared/i18n/errors';

/**
 * An error the renderer raises itself (no server, a bad answer, a refused upload). Unlike appError it
 * does not write the English text into the message: that would bundle the whole errors catalogue, in
 * both languages, before the first paint, while the UI says it from its own catalogue (errorMessage).
 */
export function clientError(code: AppErrorCode, key: ErrorMessageKey, params: ErrorParams = {}): AppError {
  return new AppError(code, Object.keys(params).length ? `${key} ${JSON.stringify(params)}` : key, { key, params });
}
