import { z } from 'zod';
import { CheckIdSchema } from './checkSettings';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** Where a finding points, so the UI can jump there. A week's id is its number; a question carries its capsule. */
export const FindingTargetSchema = z.object({
  kind: z.enum(['course', 'module', 'capsule', 'question', 'objective', 'week', 'cohort']),
  id: z.string(),
  capsuleId: z.string().optional(),
});
export type FindingTarget = z.infer<typeof FindingTargetSchema>;

/** One result of a pedagogical check: never blocking, always with a one-line explanation (i18n key + params). */
export const FindingSchema = z.object({
  /** Stable across recomputations: the check and its target. */
  id: z.string(),
  checkId: CheckIdSchema,
  severity: SeveritySchema,
  /** Key in the `checks` catalog. */
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  target: FindingTargetSchema,
});
export type Finding = z.infer<typeof FindingSchema>;
