import { z } from 'zod';
import { defineCall } from './defineCall';
import { lazySchema } from '../model/lazySchema';

export const CompactionProgressSchema = lazySchema(() => z.object({ bytesDone: z.number().int().min(0), bytesTotal: z.number().int().min(0) }));
export type CompactionProgress = z.infer<typeof CompactionProgressSchema>;

const NoInput = lazySchema(() => z.object({}).strict());

/** Giving the space of deleted media back to the disk. */
export const compactionCalls = {
  /**
   * Shrinks the project file to what it holds, in small steps that each commit on their own (a crash
   * loses nothing and leaves a sound file); returns its size before and after, in bytes.
   */
  compactProject: defineCall(() => NoInput, () => z.object({ bytesBefore: z.number(), bytesAfter: z.number() }), 'writes'),
  /** The compaction running now, for a progress bar; null when none is. */
  getCompactionProgress: defineCall(() => NoInput, () => CompactionProgressSchema.nullable(), 'reads'),
};
