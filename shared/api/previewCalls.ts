import { z } from 'zod';
import { IdSchema } from '../model/ids';
import { defineCall } from './defineCall';
import { lazySchema } from '../model/lazySchema';

export const PreviewSchema = lazySchema(() => z.object({
  /** The preview page, relative to the app's address (e.g. "preview/<key>/sco-1/index.html"); valid while the app runs. */
  path: z.string(),
  title: z.string(),
}));
export type Preview = z.infer<typeof PreviewSchema>;

/** Showing a capsule or a module exactly as the learner will see it, with the player the export ships. */
export const previewCalls = {
  /** Prepares the preview of a capsule or module as it is saved now. */
  openPreview: defineCall(() => z.object({ kind: z.enum(['capsule', 'module']), id: IdSchema }).strict(), () => PreviewSchema, 'reads'),
};
