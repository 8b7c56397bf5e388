import { z } from 'zod';
import { appError } from '../api/appError';
import { IdSchema } from '../model/ids';
import { MAX_REVIEW_FILE_BYTES } from './reviewFileSize';
import { REVIEW_TEXT_MAX, ReviewAnchorSchema, ReviewerNameSchema, SignoffDecisionSchema } from '../model/review';

/** Extension of the file a client sends back from a review pack. */
export const REVIEW_FILE_EXTENSION = '.spocreview';
export const REVIEW_FILE_FORMAT = 'spoc-review';
export const REVIEW_FILE_VERSION = 1;
export const MAX_REVIEW_COMMENTS = 5_000;

const Stamp = z.string().max(40);

/**
 * What "Send my review" writes: comments and module decisions only, never course content. Unknown keys
 * (`__proto__` included) are dropped by the parse, so nothing but these fields reaches the project.
 */
export const ReviewFileSchema = z.object({
  format: z.literal(REVIEW_FILE_FORMAT),
  version: z.literal(REVIEW_FILE_VERSION),
  courseId: IdSchema,
  courseTitle: z.string().max(500),
  roundId: IdSchema,
  roundNumber: z.number().int().min(1).max(999),
  reviewer: ReviewerNameSchema,
  sentAt: Stamp,
  comments: z
    .array(z.object({ id: IdSchema, anchor: ReviewAnchorSchema, text: z.string().trim().min(1).max(REVIEW_TEXT_MAX), createdAt: Stamp }))
    .max(MAX_REVIEW_COMMENTS, `holds more than ${MAX_REVIEW_COMMENTS} comments`),
  signoffs: z.array(z.object({ moduleId: IdSchema, decision: SignoffDecisionSchema, decidedAt: Stamp })).max(500),
});
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

/**
 * Reads an untrusted review file: size first, then JSON, then the schema. Throws an AppError whose
 * message names the file and what is wrong with it.
 */
export function parseReviewFile(text: string, fileName: string): ReviewFile {
  // UTF-16 length bounds the UTF-8 size from below, so this refuses before any parsing.
  if (text.length > MAX_REVIEW_FILE_BYTES) {
    throw appError('invalid-input', 'reviewFileTooLarge', { file: fileName, megabytes: MAX_REVIEW_FILE_BYTES / 1024 / 1024 });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw appError('invalid-input', 'reviewFileNotJson', { file: fileName });
  }
  const parsed = ReviewFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
    throw appError('invalid-input', 'reviewFileInvalid', { file: fileName, detail: `${issue?.message ?? 'unexpected content'}${where}` });
  }
  return parsed.data;
}
