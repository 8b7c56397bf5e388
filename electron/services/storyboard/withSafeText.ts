import { toSafeUnicode } from '../../../shared/export/markupEscapes';

/** A copy of value whose every string has the characters XML forbids removed (a .docx holding one will not open in Word). */
export function withSafeText<T>(value: T): T {
  if (typeof value === 'string') return toSafeUnicode(value) as T;
  if (Array.isArray(value)) return value.map((item) => withSafeText(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withSafeText(item)])) as T;
  }
  return value;
}
