/**
 * A file-name stem any LMS accepts: ASCII letters, digits and dashes only (Rise Up refuses accents),
 * lower case, at most maxLength characters; `fallback` when nothing is left.
 */
export function asciiFileName(text: string, fallback: string, maxLength = 60): string {
  const stem = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return stem || fallback;
}
