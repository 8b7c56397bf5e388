import { z } from 'zod';
import { ExportOptionsSchema } from '../export/exportOptions';
import { ExportedFileSchema } from './pacingCalls';
import { defineCall } from './defineCall';
import { lazySchema } from '../model/lazySchema';

export const LmsTestSchema = lazySchema(() => z.object({
  /** The test LMS page, relative to the LMS test origin (e.g. "lms-test/<key>/launcher.html"); valid while the app runs. */
  path: z.string(),
  /** The zips the export would write (one, or one per module), in course order. */
  packages: z.array(z.object({ fileName: z.string() })),
}));
export type LmsTest = z.infer<typeof LmsTestSchema>;

/** Largest report accepted (a report is a few kilobytes; this bounds what one call may write). */
export const MAX_LMS_TEST_REPORT_CHARS = 200_000;

/** "Test as in the LMS": the exported package(s) played against a real SCORM runtime inside the app. */
export const lmsTestCalls = {
  /** Prepares the packages exactly as exportScorm would write them with these options, served to the test LMS page. */
  openLmsTest: defineCall(() => ExportOptionsSchema, () => LmsTestSchema, 'reads'),
  /** Writes the LMS test report (Markdown) where the user chooses; null when cancelled. */
  saveLmsTestReport: defineCall(() => z.object({ markdown: z.string().min(1).max(MAX_LMS_TEST_REPORT_CHARS) }).strict(), () => ExportedFileSchema.nullable(), 'reads'),
};
