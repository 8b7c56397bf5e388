import { z } from 'zod';
import { IsoDateSchema, LanguageSchema } from './course';
import { IdSchema } from './ids';
import { lazySchema } from './lazySchema';

/** A review round: open while the client reads, comments received once a review is imported, closed by the designer. */
export const ReviewRoundStateSchema = lazySchema(() => z.enum(['open', 'received', 'closed']));
export type ReviewRoundState = z.infer<typeof ReviewRoundStateSchema>;

/** One round of client review; the course as it was when it started is kept beside it (its snapshot). */
export const ReviewRoundSchema = lazySchema(() => z.object({
  id: IdSchema,
  /** 1, 2, 3… in the order rounds were started. */
  number: z.number().int().min(1).max(999),
  name: z.string().trim().min(1).max(200),
  deadline: IsoDateSchema.nullable(),
  /** Modules under review; null means the whole course. */
  moduleIds: z.array(IdSchema).max(500).nullable(),
  /** Whether the pack shows quiz answers and feedback. */
  showAnswers: z.boolean(),
  /** Language of the pack's own labels. */
  language: LanguageSchema,
  state: ReviewRoundStateSchema,
  createdAt: z.string().max(40),
}));
export type ReviewRound = z.infer<typeof ReviewRoundSchema>;

/** Where a block sits in a capsule: "3" for its fourth block, "3.1" for the second row of a video script there. */
export const BlockPathSchema = lazySchema(() => z.string().regex(/^\d{1,5}(\.\d{1,5}){0,3}$/, 'must be a block path such as 3 or 3.1'));

const Excerpt = lazySchema(() => z.string().max(300));

/** A passage the reviewer selected, with a little text on each side to find it again. */
export const ReviewQuoteSchema = lazySchema(() => z.object({
  text: z.string().trim().min(1).max(2_000),
  prefix: z.string().max(200),
  suffix: z.string().max(200),
}));

/** What a comment is about. Every anchor carries what is needed to show it when its place is gone. */
export const ReviewAnchorSchema = lazySchema(() => z.discriminatedUnion('kind', [
  /** The reviewer's overall note on the round. */
  z.object({ kind: z.literal('course') }),
  z.object({ kind: z.literal('module'), moduleId: IdSchema }),
  z.object({ kind: z.literal('capsule'), capsuleId: IdSchema }),
  z.object({ kind: z.literal('block'), capsuleId: IdSchema, path: BlockPathSchema, blockType: z.string().max(64), excerpt: Excerpt }),
  z.object({ kind: z.literal('quote'), capsuleId: IdSchema, path: BlockPathSchema.nullable(), quote: ReviewQuoteSchema }),
  z.object({ kind: z.literal('question'), capsuleId: IdSchema, questionId: IdSchema, excerpt: Excerpt }),
  z.object({ kind: z.literal('option'), capsuleId: IdSchema, questionId: IdSchema, optionId: IdSchema, excerpt: Excerpt }),
]));
export type ReviewAnchor = z.infer<typeof ReviewAnchorSchema>;

export const ReviewCommentStatusSchema = lazySchema(() => z.enum(['open', 'answered', 'resolved']));
export type ReviewCommentStatus = z.infer<typeof ReviewCommentStatusSchema>;

export const ReviewerNameSchema = lazySchema(() => z.string().trim().min(1, 'must not be empty').max(100));
export const REVIEW_TEXT_MAX = 10_000;

/** A client's comment, as imported, with the designer's answer. */
export const ReviewCommentSchema = lazySchema(() => z.object({
  id: IdSchema,
  roundId: IdSchema,
  reviewer: ReviewerNameSchema,
  anchor: ReviewAnchorSchema,
  /** Module the anchor was in when the round started (null for the overall note); kept when the module is deleted. */
  moduleId: IdSchema.nullable(),
  text: z.string().max(REVIEW_TEXT_MAX),
  /** When the reviewer wrote it (their clock, as sent). */
  createdAt: z.string().max(40),
  status: ReviewCommentStatusSchema,
  reply: z.string().max(REVIEW_TEXT_MAX),
  repliedAt: z.string().max(40).nullable(),
}));
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;

export const SignoffDecisionSchema = lazySchema(() => z.enum(['approved', 'changes-requested']));
export type SignoffDecision = z.infer<typeof SignoffDecisionSchema>;

/** A reviewer's decision on one module in one round. */
export const ModuleSignoffSchema = lazySchema(() => z.object({
  roundId: IdSchema,
  moduleId: IdSchema,
  reviewer: ReviewerNameSchema,
  decision: SignoffDecisionSchema,
  decidedAt: z.string().max(40),
}));
export type ModuleSignoff = z.infer<typeof ModuleSignoffSchema>;
