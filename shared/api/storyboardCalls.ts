import { z } from 'zod';
import { defineCall } from './defineCall';
import { ExportedFileSchema } from './pacingCalls';

/** The Word storyboard a client reads and prints. */
export const storyboardCalls = {
  /** Writes the course's storyboard (.docx, in the course's language) where the user chooses; null when cancelled. */
  exportStoryboard: defineCall(() => z.object({}).strict(), () => ExportedFileSchema.nullable(), 'reads'),
};
