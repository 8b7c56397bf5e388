/** A file name from course and cohort names that every file system accepts: "OPTIMANAGER - Session 1.ics". */
export function exportFileName(parts: string[], extension: string): string {
  const stem = parts
    .map((part) =>
      part
        .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '-')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '')
    .join(' - ')
    .replace(/^[.\s-]+/, '')
    .slice(0, 120)
    .trim();
  return `${stem || 'export'}${extension}`;
}
