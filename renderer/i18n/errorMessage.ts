import type { TFunction } from 'i18next';
import type { ApiErrorPayload } from '../../shared/api/appError';

/** A backend error in the UI's language when the errors catalog has it; its English message otherwise. */
export function errorMessage(error: ApiErrorPayload, t: TFunction): string {
  if (!error.text) return error.message;
  return t(`errors:${error.text.key}`, { ...error.text.params, defaultValue: error.message });
}
