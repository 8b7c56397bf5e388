import { z } from 'zod';
import {
  BloomLevelSchema,
  CapsuleSchema,
  FillInQuestionSchema,
  ClozeQuestionSchema,
  MatchingQuestionSchema,
  MediaAssetSchema,
  ModuleSchema,
  MultipleChoiceQuestionSchema,
  NumericQuestionSchema,
  ObjectiveSchema,
  OrderingQuestionSchema,
  QuestionSchema,
  QuizSchema,
  SingleChoiceQuestionSchema,
  TrueFalseQuestionSchema,
} from '../model/course';
import { IdSchema, PositionSchema } from '../model/ids';
import { defineCall } from './defineCall';
import { lazySchema } from '../model/lazySchema';

const PLACED = { id: true, quizId: true, position: true } as const;

/** A question's content as the quiz editor sends it: everything but its id, quiz and place. */
export const QuestionDraftSchema = lazySchema(() => z.discriminatedUnion('type', [
  SingleChoiceQuestionSchema.omit(PLACED).strict(),
  MultipleChoiceQuestionSchema.omit(PLACED).strict(),
  TrueFalseQuestionSchema.omit(PLACED).strict(),
  FillInQuestionSchema.omit(PLACED).strict(),
  ClozeQuestionSchema.omit(PLACED).strict(),
  MatchingQuestionSchema.omit(PLACED).strict(),
  OrderingQuestionSchema.omit(PLACED).strict(),
  NumericQuestionSchema.omit(PLACED).strict(),
]));

const ObjectivePatchSchema = lazySchema(() => ObjectiveSchema.pick({ code: true, text: true, bloomLevel: true }).partial().strict());
const QuizPatchSchema = lazySchema(() => QuizSchema.omit({ id: true, capsuleId: true }).partial().strict());

export const QuizWithQuestionsSchema = lazySchema(() => z.object({ quiz: QuizSchema, questions: z.array(QuestionSchema) }));
export type QuizWithQuestions = z.infer<typeof QuizWithQuestionsSchema>;

/** What undo and redo offer now; labels are API method names the renderer translates ("Undo: add objective"). */
export const HistoryStateSchema = lazySchema(() => z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
}));
export type HistoryState = z.infer<typeof HistoryStateSchema>;

export const HistoryStepSchema = lazySchema(() => z.object({
  history: HistoryStateSchema,
  /** The action undone or redone (null when there was nothing to do). */
  label: z.string().nullable(),
  /** Tables whose rows changed, so the renderer reloads only what it shows from them. */
  changedTables: z.array(z.string()),
}));
export type HistoryStep = z.infer<typeof HistoryStepSchema>;

export const MediaUseSchema = lazySchema(() => z.object({ capsuleId: IdSchema, capsuleTitle: z.string(), moduleId: IdSchema }));
export const MediaLibraryItemSchema = lazySchema(() => z.object({
  asset: MediaAssetSchema,
  usedIn: z.array(MediaUseSchema),
  /** Accessibility gaps where the asset is used: an image without alt text, a video without captions. */
  flags: z.array(z.enum(['missing-alt', 'missing-captions'])),
}));
export type MediaLibraryItem = z.infer<typeof MediaLibraryItemSchema>;

/**
 * What the objectives screen and the alignment matrix need, and no more: objectives, modules, and the
 * capsules and questions with their objective links (no capsule content, no answers), so it stays fast
 * on a large course.
 */
export const AlignmentDataSchema = lazySchema(() => z.object({
  objectives: z.array(ObjectiveSchema),
  modules: z.array(ModuleSchema),
  capsules: z.array(CapsuleSchema.pick({ id: true, moduleId: true, title: true, kind: true, objectiveIds: true, position: true })),
  quizzes: z.array(QuizSchema.pick({ id: true, capsuleId: true })),
  questions: z.array(z.object({ id: IdSchema, quizId: IdSchema, prompt: z.string(), objectiveIds: z.array(IdSchema), position: PositionSchema })),
}));
export type AlignmentData = z.infer<typeof AlignmentDataSchema>;
export type AlignmentCapsule = AlignmentData['capsules'][number];
export type AlignmentQuestion = AlignmentData['questions'][number];

const ById = lazySchema(() => z.object({ id: IdSchema }).strict());
const NoInput = lazySchema(() => z.object({}).strict());
const ToIndex = lazySchema(() => z.number().int().min(0).max(100_000));

/** Objectives, quizzes and questions, the media library's bookkeeping, and project-wide undo/redo. */
export const authoringCalls = {
  /** Objectives with what teaches and assesses them (see AlignmentDataSchema). */
  getAlignment: defineCall(() => z.object({}).strict(), () => AlignmentDataSchema, 'reads'),
  /** Adds a course objective (moduleId null) or a module sub-objective, with the next free code (O3, O2.4). */
  addObjective: defineCall(
    () => z
      .object({
        moduleId: IdSchema.nullable(),
        text: z.string().trim().min(1).max(2_000),
        bloomLevel: BloomLevelSchema.nullable().optional(),
      })
      .strict(),
    () => ObjectiveSchema,
    'undoable',
  ),
  updateObjective: defineCall(() => z.object({ id: IdSchema, patch: ObjectivePatchSchema }).strict(), () => ObjectiveSchema, 'undoable'),
  /** Moves an objective to toIndex among the objectives of moduleId (null = course objectives). */
  moveObjective: defineCall(() => z.object({ id: IdSchema, moduleId: IdSchema.nullable(), toIndex: ToIndex }).strict(), () => ObjectiveSchema, 'undoable'),
  /** Deletes an objective and its links to capsules and questions. */
  deleteObjective: defineCall(() => ById, () => z.null(), 'undoable'),
  /** Links or unlinks an objective and a capsule (taught there) or a question (assessed there). */
  setObjectiveLink: defineCall(
    () => z
      .object({ objectiveId: IdSchema, target: z.enum(['capsule', 'question']), targetId: IdSchema, linked: z.boolean() })
      .strict(),
    () => z.null(),
    'undoable',
  ),
  /** Links or unlinks an objective and every question of a quiz at once ("link the whole quiz"), as one undo step. */
  setQuizObjectiveLink: defineCall(() => z.object({ quizId: IdSchema, objectiveId: IdSchema, linked: z.boolean() }).strict(), () => z.null(), 'undoable'),

  /** The quiz of a capsule with its questions in order, or null when the capsule has none. */
  getCapsuleQuiz: defineCall(() => z.object({ capsuleId: IdSchema }).strict(), () => QuizWithQuestionsSchema.nullable(), 'reads'),
  /** Adds the capsule's quiz (one per capsule). */
  addQuiz: defineCall(() => z.object({ capsuleId: IdSchema, title: z.string().max(500) }).strict(), () => QuizSchema, 'undoable'),
  updateQuiz: defineCall(() => z.object({ id: IdSchema, patch: QuizPatchSchema }).strict(), () => QuizSchema, 'undoable'),
  /** Deletes a quiz with its questions. */
  deleteQuiz: defineCall(() => ById, () => z.null(), 'undoable'),
  /** Adds a question at the end of the quiz, or right after afterQuestionId. */
  addQuestion: defineCall(
    () => z.object({ quizId: IdSchema, question: QuestionDraftSchema, afterQuestionId: IdSchema.nullable().optional() }).strict(),
    () => QuestionSchema,
    'undoable',
  ),
  /** Replaces a question's content (its type may change); its place and quiz stay. */
  updateQuestion: defineCall(() => z.object({ id: IdSchema, question: QuestionDraftSchema }).strict(), () => QuestionSchema, 'undoable'),
  moveQuestion: defineCall(() => z.object({ id: IdSchema, toIndex: ToIndex }).strict(), () => QuestionSchema, 'undoable'),
  /** Copies a question right after itself. */
  duplicateQuestion: defineCall(() => ById, () => QuestionSchema, 'undoable'),
  deleteQuestion: defineCall(() => ById, () => z.null(), 'undoable'),

  /** Every asset with where it is used and its accessibility flags, newest first. */
  listMediaLibrary: defineCall(() => NoInput, () => z.array(MediaLibraryItemSchema), 'reads'),
  /** Points every block using fromId at toId instead (same kind of media). Returns how many capsules changed. */
  replaceMediaEverywhere: defineCall(() => z.object({ fromId: IdSchema, toId: IdSchema }).strict(), () => z.object({ capsuleCount: z.number().int() }), 'undoable'),
  /** Deletes assets no capsule uses. Returns how many were deleted. */
  deleteUnusedMedia: defineCall(() => NoInput, () => z.object({ deletedCount: z.number().int() }), 'writes'),

  getHistory: defineCall(() => NoInput, () => HistoryStateSchema, 'reads'),
  /** Undoes the last action on the project, whichever screen made it (survives reopening the file). */
  undo: defineCall(() => NoInput, () => HistoryStepSchema, 'writes'),
  redo: defineCall(() => NoInput, () => HistoryStepSchema, 'writes'),
};
