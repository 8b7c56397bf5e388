import { z } from 'zod';
import { IdSchema } from '../model/ids';
import {
  CapsuleKindSchema,
  CapsuleSchema,
  CourseSchema,
  ModuleSchema,
} from '../model/course';
import { CourseDocumentSchema } from '../model/courseDocument';
import { RichTextDocSchema } from '../model/richText';
import { defineCall } from './defineCall';
import { lazySchema } from '../model/lazySchema';

export const OutlineCapsuleSchema = lazySchema(() => z.object({
  id: IdSchema,
  title: z.string(),
  kind: CapsuleKindSchema,
  /** Estimated or overridden learner time, in minutes. */
  minutes: z.number(),
  week: z.number().int(),
}));
export type OutlineCapsule = z.infer<typeof OutlineCapsuleSchema>;

export const OutlineModuleSchema = lazySchema(() => ModuleSchema.extend({
  capsules: z.array(OutlineCapsuleSchema),
  minutes: z.number(),
}));
export type OutlineModule = z.infer<typeof OutlineModuleSchema>;

/** The course tree as the left panel shows it, with durations. */
export const OutlineSchema = lazySchema(() => z.object({
  course: CourseSchema,
  modules: z.array(OutlineModuleSchema),
  totalMinutes: z.number(),
  objectiveCount: z.number().int(),
  questionCount: z.number().int(),
}));
export type Outline = z.infer<typeof OutlineSchema>;

const CoursePatchSchema = lazySchema(() => CourseSchema.omit({ id: true }).partial().strict());
export type CoursePatch = z.infer<typeof CoursePatchSchema>;

const ModulePatchSchema = lazySchema(() => ModuleSchema.pick({ title: true, summary: true, week: true }).partial().strict());
const CapsulePatchSchema = lazySchema(() => CapsuleSchema.pick({
  title: true,
  kind: true,
  minutesOverride: true,
  weekOverride: true,
  objectiveIds: true,
})
  .partial()
  .strict());
export type CapsulePatch = z.infer<typeof CapsulePatchSchema>;

const ById = lazySchema(() => z.object({ id: IdSchema }).strict());
const NoInput = lazySchema(() => z.object({}).strict());
const ToIndex = lazySchema(() => z.number().int().min(0).max(100_000));

/** Reading and editing the course framing and its tree of modules and capsules. */
export const outlineCalls = {
  getOutline: defineCall(() => NoInput, () => OutlineSchema, 'reads'),
  /** The whole course as one document (for preview, checks and export). */
  getCourseDocument: defineCall(() => NoInput, () => CourseDocumentSchema, 'reads'),
  updateCourse: defineCall(() => z.object({ patch: CoursePatchSchema }).strict(), () => CourseSchema, 'undoable'),
  /** Adds a module at the end, or right after afterModuleId. */
  addModule: defineCall(
    () => z.object({ title: z.string().trim().min(1).max(500), afterModuleId: IdSchema.nullable().optional() }).strict(),
    () => ModuleSchema,
    'undoable',
  ),
  updateModule: defineCall(() => z.object({ id: IdSchema, patch: ModulePatchSchema }).strict(), () => ModuleSchema, 'undoable'),
  /** Moves a module to toIndex among the modules (0 = first). */
  moveModule: defineCall(() => z.object({ id: IdSchema, toIndex: ToIndex }).strict(), () => ModuleSchema, 'undoable'),
  /** Deletes a module with its capsules, quizzes and module objectives. */
  deleteModule: defineCall(() => ById, () => z.null(), 'undoable'),
  addCapsule: defineCall(
    () => z
      .object({
        moduleId: IdSchema,
        title: z.string().trim().min(1).max(500),
        kind: CapsuleKindSchema,
        afterCapsuleId: IdSchema.nullable().optional(),
      })
      .strict(),
    () => CapsuleSchema,
    'undoable',
  ),
  getCapsule: defineCall(() => ById, () => CapsuleSchema, 'reads'),
  updateCapsule: defineCall(() => z.object({ id: IdSchema, patch: CapsulePatchSchema }).strict(), () => CapsuleSchema, 'undoable'),
  /** Stores the editor's getJSON() for a capsule. */
  saveCapsuleContent: defineCall(() => z.object({ id: IdSchema, content: RichTextDocSchema }).strict(), () => CapsuleSchema, 'undoable'),
  /** Moves a capsule to toIndex inside moduleId (which may be another module). */
  moveCapsule: defineCall(() => z.object({ id: IdSchema, moduleId: IdSchema, toIndex: ToIndex }).strict(), () => CapsuleSchema, 'undoable'),
  deleteCapsule: defineCall(() => ById, () => z.null(), 'undoable'),
  /** Copies a capsule right after itself: content, kind, durations, objective links and its quiz with its questions. */
  duplicateCapsule: defineCall(() => ById, () => CapsuleSchema, 'undoable'),
  /** Copies a module right after itself with copies of all its capsules (objective links kept; its sub-objectives are not copied). */
  duplicateModule: defineCall(() => ById, () => ModuleSchema, 'undoable'),
};
