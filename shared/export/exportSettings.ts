import type { CourseDocument } from '../model/courseDocument';
import type { ExportOptions } from './exportOptions';

/**
 * The options the next export starts from: the designer's last export choices when there are some
 * (kept apart from the course, so an export never rewrites the framing), else the framing's target.
 */
export function exportSettingsOf(doc: Pick<CourseDocument, 'course' | 'cohorts'>, remembered: ExportOptions | null): ExportOptions {
  if (!remembered) return { version: doc.course.scormVersion, mode: doc.course.packagingMode, lockModules: false, programmeCohortId: null, includeSource: true };
  // A remembered cohort deleted since is a stale preference, not something to fix in the course.
  const cohortKept = remembered.programmeCohortId === null || doc.cohorts.some((cohort) => cohort.id === remembered.programmeCohortId);
  return cohortKept ? remembered : { ...remembered, programmeCohortId: null };
}
