import { z } from 'zod';
import { CAPSULE_KINDS } from './capsuleKinds';
import { ClientThemeSchema } from './clientTheme';
import { COURSE_LANGUAGES } from './courseLanguages';
import { IdSchema, PositionSchema } from './ids';
import { RichTextDocSchema } from './richText';
import { lazySchema } from './lazySchema';

/** Calendar date without time, as the designer types it: YYYY-MM-DD. */
export const IsoDateSchema = lazySchema(() => z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  // Date.parse rolls 2027-02-30 over to March; a real date survives the round trip unchanged.
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  }, 'is not a real calendar date'));

/** Time of day, 24 h: HH:MM. */
export const TimeOfDaySchema = lazySchema(() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM'));

const Title = lazySchema(() => z.string().trim().min(1, 'must not be empty').max(10_000));
const Text = lazySchema(() => z.string().max(100_000));

export const LanguageSchema = lazySchema(() => z.enum(COURSE_LANGUAGES));
export type Language = z.infer<typeof LanguageSchema>;

export const ScormVersionSchema = lazySchema(() => z.enum(['1.2', '2004-3rd', '2004-4th']));
export type ScormVersion = z.infer<typeof ScormVersionSchema>;

/** How an export lays the course out as SCOs and packages. */
export const PackagingModeSchema = lazySchema(() => z.enum(['course', 'module-scos', 'module-packages']));
export type PackagingMode = z.infer<typeof PackagingModeSchema>;

/** What must happen for the LMS to see the course as completed. */
export const CompletionRuleSchema = lazySchema(() => z.enum(['all-viewed', 'quiz-passed', 'viewed-and-passed']));
export type CompletionRule = z.infer<typeof CompletionRuleSchema>;

/** The framing of a course: who it is for, its constraints, how it is delivered. */
export const CourseSchema = lazySchema(() => z.object({
  id: IdSchema,
  title: Title.max(500),
  client: z.string().max(500),
  businessProblem: Text,
  audience: Text,
  audienceLevel: z.string().max(500),
  learnerCount: z.number().int().min(0).max(1_000_000),
  language: LanguageSchema,
  /** Learner time budget per week, in minutes. */
  weeklyBudgetMinutes: z.number().int().min(0).max(10_080),
  /** The tutor's time with the learners each week (forum, messages, online presence), in minutes; 0 = none planned. A week may differ (WeekPlan.tutorMinutes). */
  tutorMinutesPerWeek: z.number().int().min(0).max(10_080),
  durationWeeks: z.number().int().min(1).max(104),
  startDate: IsoDateSchema.nullable(),
  targetLms: z.string().max(200),
  scormVersion: ScormVersionSchema,
  packagingMode: PackagingModeSchema,
  completionRule: CompletionRuleSchema,
  /** Pass mark, as a percentage of the quiz points. */
  masteryScore: z.number().int().min(0).max(100),
  competencies: z.array(z.string().max(2_000)).max(200),
  /** The client's colours, font and logo in the learner's player. */
  theme: ClientThemeSchema,
}));
export type Course = z.infer<typeof CourseSchema>;

/** Bloom's taxonomy levels, used to suggest measurable verbs. */
export const BloomLevelSchema = lazySchema(() => z.enum(['remember', 'understand', 'apply', 'analyze', 'evaluate', 'create']));
export type BloomLevel = z.infer<typeof BloomLevelSchema>;

/** A learning objective: course-level when moduleId is null, else a module's sub-objective. */
export const ObjectiveSchema = lazySchema(() => z.object({
  id: IdSchema,
  moduleId: IdSchema.nullable(),
  /** Short label shown in matrices, e.g. "O2.1". */
  code: z.string().max(32),
  text: Title.max(2_000),
  bloomLevel: BloomLevelSchema.nullable(),
  position: PositionSchema,
}));
export type Objective = z.infer<typeof ObjectiveSchema>;

/** A module, usually one per week. */
export const ModuleSchema = lazySchema(() => z.object({
  id: IdSchema,
  title: Title.max(500),
  summary: Text,
  /** Week (1-based) in which the module opens. */
  week: z.number().int().min(1).max(104),
  position: PositionSchema,
}));
export type Module = z.infer<typeof ModuleSchema>;

export const CapsuleKindSchema = lazySchema(() => z.enum(CAPSULE_KINDS));
export type CapsuleKind = z.infer<typeof CapsuleKindSchema>;

/** A short self-contained learning unit (5–10 minutes) inside a module. */
export const CapsuleSchema = lazySchema(() => z.object({
  id: IdSchema,
  moduleId: IdSchema,
  title: Title.max(500),
  kind: CapsuleKindSchema,
  /** Designer's override of the computed duration, in minutes; null means "use the estimate". */
  minutesOverride: z.number().min(0).max(1_440).nullable(),
  /** Week the capsule is done in, when it differs from its module's week (set on the pacing board). */
  weekOverride: z.number().int().min(1).max(104).nullable(),
  content: RichTextDocSchema,
  objectiveIds: z.array(IdSchema).max(500),
  position: PositionSchema,
}));
export type Capsule = z.infer<typeof CapsuleSchema>;

/** Fields every question type shares. */
const QuestionBase = lazySchema(() => z.object({
  id: IdSchema,
  quizId: IdSchema,
  prompt: Title.max(20_000),
  points: z.number().min(0).max(1_000),
  /** Shown when the learner answers right. */
  feedbackCorrect: Text,
  /** Shown when the learner answers wrong. */
  feedbackIncorrect: Text,
  objectiveIds: z.array(IdSchema).max(500),
  position: PositionSchema,
}));

export const ChoiceOptionSchema = lazySchema(() => z.object({
  id: IdSchema,
  text: Title.max(5_000),
  correct: z.boolean(),
  /** Shown when the learner picks this option. */
  feedback: Text,
}));
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const SingleChoiceQuestionSchema = lazySchema(() => QuestionBase.extend({
  type: z.literal('single-choice'),
  options: z.array(ChoiceOptionSchema).max(50),
}));
export const MultipleChoiceQuestionSchema = lazySchema(() => QuestionBase.extend({
  type: z.literal('multiple-choice'),
  options: z.array(ChoiceOptionSchema).max(50),
}));
export const TrueFalseQuestionSchema = lazySchema(() => QuestionBase.extend({
  type: z.literal('true-false'),
  answer: z.boolean(),
}));
export const FillInQuestionSchema = lazySchema(() => QuestionBase.extend({
  type: z.literal('fill-in'),
  acceptedAnswers: z.array(z.string().trim().min(1).max(1_000)).max(50),
  caseSensitive: z.boolean(),
}));
/**
 * A text with several blanks: each `[…]` in `text` is a blank, its accepted answers separated by
 * "|" ("Le manager [écoute|écoute activement], puis il [reformule]."). shared/quiz/parseCloze reads it.
 */
export const ClozeQuestionSchema = lazySchema(() => QuestionBase.extend({
  type: z.literal('cloze'),
  text: z.string().max(20_000),
  caseSensitive: z.boolean(),
  /** When false, "ecoute" counts for "écoute" (learners typing on a keyboard without accents). */
  accentSensitive: z.boolean(),
}));
export const MatchingQuestionSchema = lazySchema(() => QuestionBase.extend({
  type: z.literal('matching'),
  pairs: z.array(z.object({ id: IdSchema, left: Title.max(2_000), right: Title.max(2_000) })).max(50),
}));
export const OrderingQuestionSchema = lazySchema(() => QuestionBase.extend({
  type: z.literal('ordering'),
  /** Items in their correct order; the player shuffles them. */
  items: z.array(z.object({ id: IdSchema, text: Title.max(2_000) })).max(50),
}));
export const NumericQuestionSchema = lazySchema(() => QuestionBase.extend({
  type: z.literal('numeric'),
  answer: z.number().finite(),
  tolerance: z.number().min(0).finite(),
}));

export const QuestionSchema = lazySchema(() => z.discriminatedUnion('type', [
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  TrueFalseQuestionSchema,
  FillInQuestionSchema,
  ClozeQuestionSchema,
  MatchingQuestionSchema,
  OrderingQuestionSchema,
  NumericQuestionSchema,
]));
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
/** Every question type, in the union's order, which the quiz editor offers (a test keeps the two together). */
export const QUESTION_TYPES: readonly QuestionType[] = ['single-choice', 'multiple-choice', 'true-false', 'fill-in', 'cloze', 'matching', 'ordering', 'numeric'];

/** A quiz attached to a capsule; with drawCount set it is a question bank that draws N at random. */
export const QuizSchema = lazySchema(() => z.object({
  id: IdSchema,
  capsuleId: IdSchema,
  title: z.string().max(500),
  /** Pass mark as a percentage; null means "use the course's mastery score". */
  passingScore: z.number().int().min(0).max(100).nullable(),
  shuffle: z.boolean(),
  drawCount: z.number().int().min(1).max(1_000).nullable(),
  feedbackPassed: Text,
  feedbackFailed: Text,
}));
export type Quiz = z.infer<typeof QuizSchema>;

export const MediaKindSchema = lazySchema(() => z.enum(['image', 'video', 'audio', 'document', 'captions']));
export type MediaKind = z.infer<typeof MediaKindSchema>;

/** A file stored inside the project, content-addressed by its SHA-256. */
export const MediaAssetSchema = lazySchema(() => z.object({
  id: IdSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1).max(255),
  mimeType: z.string().min(1).max(255),
  kind: MediaKindSchema,
  size: z.number().int().min(0),
  crc32: z.number().int().min(0).max(0xffffffff),
  durationSeconds: z.number().min(0).nullable(),
  width: z.number().int().min(0).nullable(),
  height: z.number().int().min(0).nullable(),
  createdAt: z.string(),
}));
export type MediaAsset = z.infer<typeof MediaAssetSchema>;

/** One run of the SPOC for a group of learners. */
export const CohortSchema = lazySchema(() => z.object({
  id: IdSchema,
  name: Title.max(200),
  startDate: IsoDateSchema,
  learnerCount: z.number().int().min(0).max(1_000_000),
  /** IANA time zone in which the cohort's live sessions happen. */
  timeZone: z.string().min(1).max(64),
  /** Days on which nothing is scheduled; week dates shift past them. */
  holidays: z.array(IsoDateSchema).max(400),
}));
export type Cohort = z.infer<typeof CohortSchema>;

export const LiveSessionKindSchema = lazySchema(() => z.enum(['virtual-class', 'coaching', 'group-work']));
export type LiveSessionKind = z.infer<typeof LiveSessionKindSchema>;

/** A synchronous moment, placed relative to its week. */
export const LiveSessionSchema = lazySchema(() => z.object({
  id: IdSchema,
  title: Title.max(500),
  kind: LiveSessionKindSchema,
  week: z.number().int().min(1).max(104),
  /** Day of the week from its opening day: 0 = opening day. */
  dayOffset: z.number().int().min(0).max(6),
  startTime: TimeOfDaySchema,
  durationMinutes: z.number().int().min(1).max(1_440),
  /** Learners per session (e.g. 1 for individual coaching); null means the whole cohort at once. */
  capacity: z.number().int().min(1).max(10_000).nullable(),
  moduleId: IdSchema.nullable(),
  notes: Text,
}));
export type LiveSession = z.infer<typeof LiveSessionSchema>;

/** What the pacing board says of one week. */
export const WeekPlanSchema = lazySchema(() => z.object({
  week: z.number().int().min(1).max(104),
  theme: z.string().max(500),
  /** Day of the week (from its opening day) when its activities are due. */
  dueDayOffset: z.number().int().min(0).max(6),
  tutorNotes: Text,
  /** The tutor's time this week, in minutes, when it differs from the framing's; null = the framing's. */
  tutorMinutes: z.number().int().min(0).max(10_080).nullable(),
}));
export type WeekPlan = z.infer<typeof WeekPlanSchema>;
