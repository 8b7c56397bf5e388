import path from 'node:path';
import { readCourseFolder } from '../../electron/services/interchange/courseFolderIo';
import type { CourseDocument } from '../../shared/model/courseDocument';

/** The bundled OPTIMANAGER sample's folder (the course folder format of `spoc unpack`). */
export const SAMPLE_COURSE_DIR = path.resolve(__dirname, '../../resources/samples/optimanager');

/** The bundled sample as one course document, read the way the app reads it. */
export function loadSampleCourse(): CourseDocument {
  return readCourseFolder(SAMPLE_COURSE_DIR);
}
