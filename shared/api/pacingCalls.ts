import { z } from 'zod';
import { CheckSettingsSchema } from '../checks/checkSettings';
import { FindingSchema } from '../checks/finding';
import { CapsuleSchema, CohortSchema, LiveSessionSchema, WeekPlanSchema } from '../model/course';
import { IdSchema } from '../model/ids';
import { defineCall } from './defineCall';
import { lazySchema } from '../model/lazySchema';

const Week = lazySchema(() => z.number().int().min(1).max(104));
const ById = lazySchema(() => z.object({ id: IdSchema }).strict());
const NoInput = lazySchema(() => z.object({}).strict());

const WeekPlanPatchSchema = lazySchema(() => WeekPlanSchema.omit({ week: true }).partial().strict());
const LiveSessionFieldsSchema = lazySchema(() => LiveSessionSchema.omit({ id: true }));
const CohortFieldsSchema = lazySchema(() => CohortSchema.omit({ id: true }));

/** A file an export wrote: where, and its name (browser mode serves it at /exports/<fileName>). */
export const ExportedFileSchema = lazySchema(() => z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int() }));
export type ExportedFile = z.infer<typeof ExportedFileSchema>;

export const CheckReportSchema = lazySchema(() => z.object({ findings: z.array(FindingSchema), settings: CheckSettingsSchema }));
export type CheckReport = z.infer<typeof CheckReportSchema>;
export const CheckCountSchema = lazySchema(() => z.object({ count: z.number().int().nonnegative() }));

/** The pacing board (weeks, live sessions), cohorts with their calendar and programme exports, and the checks. */
export const pacingCalls = {
  /** Plans a week (theme, due day, notes for tutors); the plan is created on its first edit. */
  updateWeekPlan: defineCall(() => z.object({ week: Week, patch: WeekPlanPatchSchema }).strict(), () => WeekPlanSchema, 'undoable'),
  /** Puts a capsule in a week; its module's week (or null) puts it back with its module. */
  moveCapsuleToWeek: defineCall(() => z.object({ id: IdSchema, week: Week.nullable() }).strict(), () => CapsuleSchema, 'undoable'),
  /** Adds a live session; fields left out get sensible defaults (a 1-hour virtual class on the week's second day). */
  addLiveSession: defineCall(() => LiveSessionFieldsSchema.partial().extend({ week: Week }).strict(), () => LiveSessionSchema, 'undoable'),
  updateLiveSession: defineCall(() => z.object({ id: IdSchema, patch: LiveSessionFieldsSchema.partial().strict() }).strict(), () => LiveSessionSchema, 'undoable'),
  deleteLiveSession: defineCall(() => ById, () => z.null(), 'undoable'),
  /** Adds a cohort; by default it starts on the course's start date (or next Monday) in Europe/Paris. */
  addCohort: defineCall(() => CohortFieldsSchema.partial().strict(), () => CohortSchema, 'undoable'),
  /** The time zone must be one the system knows (IANA name); holidays are kept sorted and unique. */
  updateCohort: defineCall(() => z.object({ id: IdSchema, patch: CohortFieldsSchema.partial().strict() }).strict(), () => CohortSchema, 'undoable'),
  deleteCohort: defineCall(() => ById, () => z.null(), 'undoable'),
  /** Writes the cohort's .ics calendar (live sessions and deadlines) where the user chooses; null when cancelled. */
  exportCohortCalendar: defineCall(() => z.object({ cohortId: IdSchema }).strict(), () => ExportedFileSchema.nullable(), 'reads'),
  /** Writes the cohort's learner programme (printable HTML) where the user chooses; null when cancelled. */
  exportCohortProgramme: defineCall(() => z.object({ cohortId: IdSchema }).strict(), () => ExportedFileSchema.nullable(), 'reads'),
  /** The pedagogical checks on the course as it is now, with the thresholds used. */
  getCheckReport: defineCall(() => NoInput, () => CheckReportSchema, 'reads'),
  /** How many findings getCheckReport lists: the navigation's badge reads it after each save, not the whole report (hundreds of KB on a large course). */
  getCheckCount: defineCall(() => NoInput, () => CheckCountSchema, 'reads'),
  /** This course's check thresholds (defaults until changed). */
  getCheckSettings: defineCall(() => NoInput, () => CheckSettingsSchema, 'reads'),
  updateCheckSettings: defineCall(() => z.object({ settings: CheckSettingsSchema }).strict(), () => CheckSettingsSchema, 'writes'),
};
