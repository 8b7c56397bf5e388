import { z } from 'zod';
import { defineCall } from './defineCall';
import { IdSchema } from '../model/ids';
import { ErrorTextSchema } from './errorTextSchema';
import { ProjectSummarySchema } from './projectCalls';
import { lazySchema } from '../model/lazySchema';

const Level = lazySchema(() => z.number().int().min(1).max(6));
export const HeadingLevelsSchema = lazySchema(() => z
  .object({ module: Level, capsule: Level })
  .strict()
  .refine((levels) => levels.capsule > levels.module, { message: 'the capsule level must be below the module level' }));

/** What an import would create, shown before anything is: the outline, and what is not kept. */
export const ImportPreviewSchema = lazySchema(() => z.object({
  fileName: z.string(),
  /** A Word document, or a SCORM package SPOC Studio exported. */
  kind: z.enum(['word', 'package']),
  title: z.string(),
  /** Word only: heading levels used in the document with their count, and those applied. */
  headingLevels: z.array(z.object({ level: Level, count: z.number().int().min(0) })),
  levels: z.object({ module: Level, capsule: Level }).nullable(),
  modules: z.array(z.object({ title: z.string(), capsules: z.array(z.string()) })),
  mediaCount: z.number().int().min(0),
  /** What was in the document but not kept, counted (keys of the welcome catalogue's import notes). */
  notes: z.partialRecord(z.enum(['textBeforeFirstModule', 'imageNotEmbedded', 'headingAboveModules']), z.number().int().min(0)),
  /** Word only: why these levels give no course (the designer picks others); null when they do. */
  problem: z.string().nullable(),
  /** The problem in the errors catalog, to show it in the user's language. */
  problemText: ErrorTextSchema.optional(),
}));
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

const Levels = lazySchema(() => z.object({ levels: HeadingLevelsSchema.optional() }).strict());

/** Bringing a Word document or one of our SCORM packages in as a new project, after a preview. */
export const importCalls = {
  /**
   * Reads the file to import (desktop: the open dialog; browser mode: the file of the upload being
   * served), checks it, keeps it until created or cancelled, and returns its preview. Null when cancelled.
   */
  stageImport: defineCall(() => z.object({}).strict(), () => ImportPreviewSchema.nullable(), 'reads'),
  /** The preview of the staged file with other heading levels (Word). */
  previewImport: defineCall(() => Levels, () => ImportPreviewSchema, 'reads'),
  /** Creates the new project from the staged file (desktop asks where; browser mode: the workspace) and opens it. */
  createProjectFromImport: defineCall(() => Levels, () => ProjectSummarySchema.nullable(), 'reads'),
  /**
   * Adds the staged file's modules (with their capsules, quizzes and media) to the open course after
   * afterModuleId (null: at the end), as one undo step; the framing and objectives stay the course's.
   */
  importIntoCourse: defineCall(
    () => z.object({ levels: HeadingLevelsSchema.optional(), afterModuleId: IdSchema.nullable() }).strict(),
    () => z.object({ moduleIds: z.array(IdSchema), capsuleCount: z.number().int().min(0) }),
    'undoable',
  ),
  /** Media bytes stored so far by the running importIntoCourse (the UI polls it); null when none runs. */
  getImportProgress: defineCall(() => z.object({}).strict(), () => z.object({ bytesDone: z.number().int().min(0), bytesTotal: z.number().int().min(0) }).nullable(), 'reads'),
  /** Forgets the staged file. */
  cancelImport: defineCall(() => z.object({}).strict(), () => z.null(), 'reads'),
};
