import { z } from 'zod';
import { LanguageSchema } from '../model/course';
import { defineCall } from './defineCall';

export const ProjectSummarySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  courseId: z.string(),
  title: z.string(),
  client: z.string(),
});
export type ProjectSummary = z.infer<typeof ProjectSummarySchema>;

export const KnownProjectSchema = z.object({
  path: z.string(),
  title: z.string(),
  modifiedAt: z.string(),
});
export type KnownProject = z.infer<typeof KnownProjectSchema>;

export const CourseTemplateSchema = z.enum(['blank', 'four-weekly-modules', 'tool-rollout', 'awareness']);
export type CourseTemplate = z.infer<typeof CourseTemplateSchema>;

export const SessionSchema = z.object({
  /** Desktop window (Electron) or browser mode (local HTTP server). */
  mode: z.enum(['desktop', 'browser']),
  project: ProjectSummarySchema.nullable(),
});
export type Session = z.infer<typeof SessionSchema>;

const NoInput = z.object({}).strict();

/** Opening, creating and closing project files. */
export const projectCalls = {
  /** What is open now and in which shell the app runs. */
  getSession: defineCall(NoInput, SessionSchema),
  /** Recently opened projects and those in the workspace folder, newest first. */
  listProjects: defineCall(NoInput, z.array(KnownProjectSchema)),
  /** Creates a project file (the desktop asks where; browser mode uses the workspace folder) and opens it. */
  createProject: defineCall(
    z
      .object({
        title: z.string().trim().min(1).max(500),
        /** The client company, written into the framing (optional). */
        client: z.string().trim().max(500).optional(),
        language: LanguageSchema,
        template: CourseTemplateSchema,
      })
      .strict(),
    ProjectSummarySchema.nullable(),
  ),
  /**
   * Opens a project. Without a path the desktop shows the open dialog; a path must be one
   * that listProjects returned (the renderer never makes up paths). Null when cancelled.
   */
  openProject: defineCall(z.object({ path: z.string().min(1).max(4_096).optional() }).strict(), ProjectSummarySchema.nullable()),
  /** Opens a fresh copy of the bundled OPTIMANAGER sample course. */
  openSampleProject: defineCall(NoInput, ProjectSummarySchema),
  /** Closes the open project; everything is already saved. */
  closeProject: defineCall(NoInput, z.null()),
};
