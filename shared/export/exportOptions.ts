import { z } from 'zod';
import { PackagingModeSchema, ScormVersionSchema } from '../model/course';
import { IdSchema } from '../model/ids';
import { lazySchema } from '../model/lazySchema';

/** What the designer picks for one export. With the course document, it decides every byte of the package. */
export const ExportOptionsSchema = lazySchema(() => z
  .object({
    version: ScormVersionSchema,
    mode: PackagingModeSchema,
    /**
     * "One SCO per module" only: each module opens once the previous one is completed
     * (2004 4th edition: sequencing rules; 1.2: adlcp:prerequisites).
     */
    lockModules: z.boolean().default(false),
    /** Cohort whose programme (weeks, real dates, live sessions) the player shows; null = no programme. */
    programmeCohortId: IdSchema.nullable().default(null),
    /**
     * Ships the course source (spoc-source.json) so that "Open a SCORM package" rebuilds the project from it.
     * On unless the designer opts out: learners who fetch the package's files could read it (on-screen directions, tutor notes, framing).
     */
    includeSource: z.boolean().default(true),
  })
  .strict());
export type ExportOptions = z.output<typeof ExportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;
