import type { CourseDocument } from '../model/courseDocument';
import type { ExportOptions } from './exportOptions';

/**
 * The options the next export starts from: the designer's last export choices when there are some
 * (kept apart from the course, so an export never rewrites the framing), else the framing's target.
 */
export function exportSettingsOf(course: Pick<CourseDocument['course'], 'scormVersion' | 'packagingMode'>, remembered: ExportOptions | null): ExportOptions {
  return remembered ?? { version: course.scormVersion, mode: course.packagingMode, lockModules: false, programmeCohortId: null };
}
