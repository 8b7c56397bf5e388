import type { TFunction } from 'i18next';
import { sayNestedParams, type ApiErrorPayload, type ErrorText } from '../../shared/api/appError';

/** A backend error in the UI's language when the errors catalog has it; its English message otherwise. */
export function errorMessage(error: ApiErrorPayload, t: TFunction): string {
  if (!error.text) return error.message;
  return t(`errors:${error.text.key}`, { ...sayNestedParams(error.text.params, (nested) => sayError(nested, t)), defaultValue: error.message });
}

/** A catalogued detail inside a message, in the same language. */
function sayError(text: ErrorText, t: TFunction): string {
  return t(`errors:${text.key}`, sayNestedParams(text.params, (nested) => sayError(nested, t)));
}
