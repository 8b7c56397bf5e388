import { z } from 'zod';
import { CheckIdSchema } from './checkSettings';
import { lazySchema } from '../model/lazySchema';

/** 'blocks-export': the export refuses the course until it is fixed; the others inform and never block. */
export const SeveritySchema = lazySchema(() => z.enum(['blocks-export', 'error', 'warning', 'info']));
export type Severity = z.infer<typeof SeveritySchema>;

/** Where a finding points, so the UI can jump there. A week's id is its number; a question carries its capsule. */
export const FindingTargetSchema = lazySchema(() => z.object({
  kind: z.enum(['course', 'module', 'capsule', 'question', 'objective', 'week', 'cohort']),
  id: z.string(),
  capsuleId: z.string().optional(),
}));
export type FindingTarget = z.infer<typeof FindingTargetSchema>;

/** The check that reports what blocks the export: not a setting, it cannot be turned off. */
export const EXPORT_BLOCKER_CHECK = 'export-blocker';

/** One result of a check, with a one-line explanation (i18n key + params); only export blockers block. */
export const FindingSchema = lazySchema(() => z.object({
  /** Stable across recomputations: the check and its target. */
  id: z.string(),
  checkId: z.union([CheckIdSchema, z.literal(EXPORT_BLOCKER_CHECK)]),
  severity: SeveritySchema,
  /** Key in the `checks` catalog (the `export` catalog for export blockers). */
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  target: FindingTargetSchema,
}));
export type Finding = z.infer<typeof FindingSchema>;
