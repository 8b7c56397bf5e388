import { z } from 'zod';
import { IsoDateSchema, LanguageSchema } from '../model/course';
import { IdSchema } from '../model/ids';
import { ErrorTextSchema } from './errorTextSchema';
import {
  BlockPathSchema,
  ModuleSignoffSchema,
  REVIEW_TEXT_MAX,
  ReviewCommentSchema,
  ReviewRoundSchema,
  ReviewRoundStateSchema,
} from '../model/review';
import { MAX_REVIEW_FILE_BYTES } from '../review/reviewFileSize';
import { defineCall } from './defineCall';
import { ExportedFileSchema } from './pacingCalls';
import { lazySchema } from '../model/lazySchema';

const StatusCountsSchema = lazySchema(() => z.object({ open: z.number().int(), answered: z.number().int(), resolved: z.number().int() }));

export const ReviewRoundSummarySchema = lazySchema(() => ReviewRoundSchema.extend({ counts: StatusCountsSchema, reviewers: z.array(z.string()) }));
export type ReviewRoundSummary = z.infer<typeof ReviewRoundSummarySchema>;

/** A comment with where it is in the course now (see locateAnchor) and the titles to show for it. */
export const ReviewCommentViewSchema = lazySchema(() => ReviewCommentSchema.extend({
  roundNumber: z.number().int(),
  place: z.object({
    attached: z.boolean(),
    moduleId: IdSchema.nullable(),
    capsuleId: IdSchema.nullable(),
    questionId: IdSchema.nullable(),
    path: BlockPathSchema.nullable(),
  }),
  /** Module and capsule titles as they are now (or were in the round when deleted since). */
  moduleTitle: z.string().nullable(),
  capsuleTitle: z.string().nullable(),
}));
export type ReviewCommentView = z.infer<typeof ReviewCommentViewSchema>;

export const ReviewOverviewSchema = lazySchema(() => z.object({
  rounds: z.array(ReviewRoundSummarySchema),
  comments: z.array(ReviewCommentViewSchema),
  signoffs: z.array(ModuleSignoffSchema),
}));
export type ReviewOverview = z.infer<typeof ReviewOverviewSchema>;

/** What importing one review file did. */
export const ReviewImportResultSchema = lazySchema(() => z.object({
  fileName: z.string(),
  ok: z.boolean(),
  /** Why the file was refused (null when imported). */
  message: z.string().nullable(),
  /** The refusal in the errors catalog, to show it in the user's language. */
  messageText: ErrorTextSchema.optional(),
  reviewer: z.string().nullable(),
  roundNumber: z.number().int().nullable(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  signoffs: z.number().int(),
}));
export type ReviewImportResult = z.infer<typeof ReviewImportResultSchema>;

export const ReviewPackSizeSchema = lazySchema(() => z.object({ fileName: z.string(), bytes: z.number().int() }));

const RoundFieldsSchema = lazySchema(() => z.object({
  name: z.string().trim().min(1).max(200),
  deadline: IsoDateSchema.nullable(),
  moduleIds: z.array(IdSchema).min(1).max(500).nullable(),
  showAnswers: z.boolean(),
  language: LanguageSchema,
}));

/** Client review: rounds with their snapshot and pack, imported reviews, the designer's answers. */
export const reviewCalls = {
  /** Rounds (newest last) with comment counts, every comment placed in the course as it is now, and module sign-offs. */
  getReviewOverview: defineCall(() => z.object({}).strict(), () => ReviewOverviewSchema, 'reads'),
  /** Starts the next round and keeps a snapshot of the course as it is now. */
  startReviewRound: defineCall(() => RoundFieldsSchema.strict(), () => ReviewRoundSchema, 'writes'),
  updateReviewRound: defineCall(
    () => z.object({ id: IdSchema, patch: z.object({ name: RoundFieldsSchema.shape.name, deadline: IsoDateSchema.nullable(), state: ReviewRoundStateSchema }).partial().strict() }).strict(),
    () => ReviewRoundSchema,
    'writes',
  ),
  /** The pack's file name and size, to show before saving it. */
  getReviewPackSize: defineCall(() => z.object({ roundId: IdSchema }).strict(), () => ReviewPackSizeSchema, 'reads'),
  /** Writes the round's review pack (one .html file) where the user chooses; null when cancelled. */
  saveReviewPack: defineCall(() => z.object({ roundId: IdSchema }).strict(), () => ExportedFileSchema.nullable(), 'reads'),
  /** Imports .spocreview files sent back by reviewers; each is checked on its own and a refused one changes nothing. */
  importReviews: defineCall(
    () => z.object({ files: z.array(z.object({ fileName: z.string().max(255), text: z.string().max(MAX_REVIEW_FILE_BYTES * 2, `is larger than ${MAX_REVIEW_FILE_BYTES / 1024 / 1024} MB: it is not a review sent from a SPOC Studio review pack`) }).strict()).min(1).max(50) }).strict(),
    () => z.array(ReviewImportResultSchema),
    'writes',
  ),
  /** The designer's answer to a comment; a non-empty reply marks an open comment answered. */
  replyToReviewComment: defineCall(() => z.object({ id: IdSchema, reply: z.string().max(REVIEW_TEXT_MAX) }).strict(), () => ReviewCommentSchema, 'undoable'),
  /** Resolves or reopens a comment. */
  setReviewCommentStatus: defineCall(() => z.object({ id: IdSchema, status: z.enum(['open', 'resolved']) }).strict(), () => ReviewCommentSchema, 'undoable'),
};
