import { z } from 'zod';
import { ExportNoticeSchema } from '../export/exportNotice';
import { ExportOptionsSchema } from '../export/exportOptions';
import { defineCall } from './defineCall';
import { lazySchema } from '../model/lazySchema';

export const ExportResultSchema = lazySchema(() => z.object({
  /** Where the zip was written, or the folder holding one zip per module. */
  path: z.string(),
  /** Every zip written, in course order (one, or one per module). */
  packages: z.array(z.object({ path: z.string(), bytes: z.number().int() })),
  bytes: z.number().int(),
  /** Files inside the package(s). */
  files: z.number().int(),
  /** Warnings, and which LMS settings to use (e.g. Moodle's completion rule for this mode). */
  warnings: z.array(ExportNoticeSchema),
}));
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const ExportProgressSchema = lazySchema(() => z.object({
  writtenBytes: z.number().int(),
  totalBytes: z.number().int(),
  /** The file being written, from its package's root. */
  currentFile: z.string(),
}));
export type ExportProgressInfo = z.infer<typeof ExportProgressSchema>;

const NoInput = lazySchema(() => z.object({}).strict());

/** SCORM export of the open course. */
export const exportCalls = {
  /** What the export dialog starts from: the last export's choices, else the framing's SCORM version and packaging. */
  getExportSettings: defineCall(() => NoInput, () => ExportOptionsSchema, 'reads'),
  /** What would block (errors) or deserve attention (warnings) in an export with these options; nothing is written. */
  checkScormExport: defineCall(() => ExportOptionsSchema, () => z.array(ExportNoticeSchema), 'reads'),
  /**
   * Exports the course as a SCORM zip where the user chooses (one zip per module into a folder they
   * choose for 'module-packages'; null when they cancel the dialog) and remembers the options as
   * export settings (never in the framing, never in the undo history). Fails with 'invalid-input' listing what to fix,
   * 'cancelled' after cancelScormExport, 'conflict' while another export runs. A write (the settings),
   * so it waits for the project's integrity check like any other.
   */
  exportScorm: defineCall(() => ExportOptionsSchema, () => ExportResultSchema.nullable(), 'writes'),
  /** Progress of the running export, null when none runs (the UI polls it during exportScorm). */
  getExportProgress: defineCall(() => NoInput, () => ExportProgressSchema.nullable(), 'reads'),
  /** Stops the running export; no file is left behind. False when no export was running. */
  cancelScormExport: defineCall(() => NoInput, () => z.boolean(), 'reads'),
};
