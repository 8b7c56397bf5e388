import type { TFunction } from 'i18next';

const UNITS = ['bytes', 'kilobytes', 'megabytes', 'gigabytes'] as const;

/** "840 o", "12,4 Ko", "1,2 Go": one decimal under 100 of a unit, whole numbers above, in the UI's language. */
export function formatFileSize(bytes: number, t: TFunction, language: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const shown = new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
  return t(`media:size.${UNITS[unit]}`, { value: shown });
}
