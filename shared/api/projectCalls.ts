import { z } from 'zod';
import { LanguageSchema } from '../model/course';
import { COURSE_TEMPLATES } from './courseTemplates';
import { defineCall } from './defineCall';
import { lazySchema } from '../model/lazySchema';

/** Why a project is open read-only: its place forbids writing, another instance edits it, or it is damaged. */
export const ReadOnlyReasonSchema = lazySchema(() => z.enum(['read-only-place', 'locked', 'damaged']));
export type ReadOnlyReason = z.infer<typeof ReadOnlyReasonSchema>;

export const ProjectSummarySchema = lazySchema(() => z.object({
  path: z.string(),
  fileName: z.string(),
  courseId: z.string(),
  title: z.string(),
  client: z.string(),
  /** Null when the project can be edited. */
  readOnly: ReadOnlyReasonSchema.nullable(),
}));
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const KnownProjectSchema = lazySchema(() => z.object({
  path: z.string(),
  title: z.string(),
  modifiedAt: z.string(),
}));
export type KnownProject = z.infer<typeof KnownProjectSchema>;

export const CourseTemplateSchema = lazySchema(() => z.enum(COURSE_TEMPLATES));
export type CourseTemplate = z.infer<typeof CourseTemplateSchema>;

export const SessionSchema = lazySchema(() => z.object({
  /** Desktop window (Electron) or browser mode (local HTTP server). */
  mode: z.enum(['desktop', 'browser']),
  project: ProjectSummarySchema.nullable(),
}));
export type Session = z.infer<typeof SessionSchema>;

const NoInput = lazySchema(() => z.object({}).strict());

/** Opening, creating and closing project files. */
export const projectCalls = {
  /** What is open now and in which shell the app runs. */
  getSession: defineCall(() => NoInput, () => SessionSchema, 'reads'),
  /** Recently opened projects and those in the workspace folder, newest first. */
  listProjects: defineCall(() => NoInput, () => z.array(KnownProjectSchema), 'reads'),
  /** Creates a project file (the desktop asks where; browser mode uses the workspace folder) and opens it. */
  createProject: defineCall(
    () => z
      .object({
        title: z.string().trim().min(1).max(500),
        /** The client company, written into the framing (optional). */
        client: z.string().trim().max(500).optional(),
        language: LanguageSchema,
        template: CourseTemplateSchema,
      })
      .strict(),
    () => ProjectSummarySchema.nullable(),
    'reads',
  ),
  /**
   * Opens a project. Without a path the desktop shows the open dialog; a path must be one
   * that listProjects returned (the renderer never makes up paths). Null when cancelled.
   */
  openProject: defineCall(
    () => z
      .object({
        path: z.string().min(1).max(4_096).optional(),
        /** Open for reading only (offered when another instance is editing the project). */
        readOnly: z.boolean().optional(),
      })
      .strict(),
    () => ProjectSummarySchema.nullable(),
    'reads',
  ),
  /**
   * Saves the open project as a new one (the desktop asks where) and opens that copy for editing:
   * "Save a copy as…" for a read-only project, "save what can be saved" for a damaged one.
   */
  saveProjectCopy: defineCall(() => NoInput, () => ProjectSummarySchema.nullable(), 'reads'),
  /** Opens a fresh copy of the bundled OPTIMANAGER sample course. */
  openSampleProject: defineCall(() => NoInput, () => ProjectSummarySchema, 'reads'),
  /** Closes the open project; everything is already saved. */
  closeProject: defineCall(() => NoInput, () => z.null(), 'reads'),
};
