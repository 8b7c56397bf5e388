import { z } from 'zod';
import { lazySchema } from '../model/lazySchema';

/** Every pedagogical check, by stable id (settings and the CLI name them). */
export const CHECK_IDS = [
  'capsule-too-long',
  'video-too-long',
  'week-over-budget',
  'week-without-activity',
  'week-without-assessment',
  'module-without-objective',
  'objective-not-assessed',
  'question-without-feedback',
  'image-without-alt',
  'video-without-captions',
  'cohort-size',
  'same-kind-streak',
  'suspend-data-budget',
  'capsule-without-time',
] as const;
export const CheckIdSchema = lazySchema(() => z.enum(CHECK_IDS));
export type CheckId = z.infer<typeof CheckIdSchema>;

/** A course's thresholds for the checks (kept in the project's settings); the week budget comes from the framing. */
export const CheckSettingsSchema = lazySchema(() => z
  .object({
    /** A capsule longer than this, in minutes, is flagged. */
    maxCapsuleMinutes: z.number().min(1).max(600),
    /** A video longer than this, in minutes, is flagged (attention drops after ~7). */
    maxVideoMinutes: z.number().min(1).max(600),
    minCohortSize: z.number().int().min(0).max(100_000),
    maxCohortSize: z.number().int().min(1).max(100_000),
    /** More capsules of one kind in a row than this is flagged. */
    maxSameKindInARow: z.number().int().min(1).max(100),
    /** Checks the designer turned off for this course. */
    disabledChecks: z.array(CheckIdSchema).max(CHECK_IDS.length),
  })
  .strict()
  .refine((settings) => settings.minCohortSize <= settings.maxCohortSize, {
    message: 'the minimum cohort size must not exceed the maximum',
    path: ['minCohortSize'],
  }));
export type CheckSettings = z.infer<typeof CheckSettingsSchema>;

export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
  maxCapsuleMinutes: 10,
  maxVideoMinutes: 7,
  minCohortSize: 10,
  maxCohortSize: 50,
  maxSameKindInARow: 3,
  disabledChecks: [],
};
