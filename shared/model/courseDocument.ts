import { z } from 'zod';
import { DEFAULT_CLIENT_THEME } from './clientTheme';
import {
  CapsuleSchema,
  CohortSchema,
  CourseSchema,
  LiveSessionSchema,
  MediaAssetSchema,
  ModuleSchema,
  ObjectiveSchema,
  QuestionSchema,
  QuizSchema,
  WeekPlanSchema,
} from './course';
import { lazySchema } from './lazySchema';

/** Version of the JSON interchange shape below (sample course, `spoc import`, tests). */
export const COURSE_DOCUMENT_FORMAT = 1;

/**
 * A whole course as one JSON value: what the project file holds, minus the media bytes.
 * Export and checks are pure functions of it.
 */
export const CourseDocumentSchema = lazySchema(() => z.object({
  format: z.literal(COURSE_DOCUMENT_FORMAT),
  // Documents written before tutor time existed have none planned (defaults here only, so patches never fill them in).
  course: CourseSchema.extend({
    tutorMinutesPerWeek: CourseSchema.shape.tutorMinutesPerWeek.default(0),
    theme: CourseSchema.shape.theme.default(DEFAULT_CLIENT_THEME),
  }),
  objectives: z.array(ObjectiveSchema),
  modules: z.array(ModuleSchema),
  capsules: z.array(CapsuleSchema),
  quizzes: z.array(QuizSchema),
  questions: z.array(QuestionSchema),
  media: z.array(MediaAssetSchema),
  cohorts: z.array(CohortSchema),
  liveSessions: z.array(LiveSessionSchema),
  weeks: z.array(WeekPlanSchema.extend({ tutorMinutes: WeekPlanSchema.shape.tutorMinutes.default(null) })),
}));
export type CourseDocument = z.infer<typeof CourseDocumentSchema>;
