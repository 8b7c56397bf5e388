import type { CourseDocument } from '../../../shared/model/courseDocument';

/** True when two documents hold the same course, whatever the order of their collections and keys. */
export function sameCourseDocument(a: CourseDocument, b: CourseDocument): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

const COLLECTIONS = new Set(['objectives', 'modules', 'capsules', 'quizzes', 'questions', 'media', 'cohorts', 'liveSessions', 'weeks']);

function canonicalJson(doc: CourseDocument): string {
  // Size and CRC-32 follow from the SHA-256, and an import computes them from the bytes.
  const sorted: Record<string, unknown> = { ...doc, media: doc.media.map(({ size: _size, crc32: _crc32, ...asset }) => asset) };
  for (const key of COLLECTIONS) {
    const items = [...(sorted[key] as { id?: string; week?: number }[])];
    sorted[key] = items.sort((x, y) => String(x.id ?? x.week).localeCompare(String(y.id ?? y.week)));
  }
  return JSON.stringify(sorted, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : value,
  );
}
