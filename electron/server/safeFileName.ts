const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_LENGTH = 120;

/**
 * A file name that is safe on every OS, derived from a title: no separators, no control or
 * reserved characters, no leading dot, bounded length. requiredExtension (e.g. ".spoc") is kept
 * or added.
 */
export function safeFileName(suggested: string, requiredExtension: string): string {
  const extension = requiredExtension.toLowerCase();
  let stem = suggested.normalize('NFC');
  if (stem.toLowerCase().endsWith(extension)) stem = stem.slice(0, -extension.length);
  stem = stem
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (stem.length > MAX_LENGTH) stem = stem.slice(0, MAX_LENGTH).trim();
  if (stem === '' || WINDOWS_RESERVED.test(stem)) stem = stem === '' ? 'spoc' : `${stem}_`;
  return `${stem}${extension}`;
}
