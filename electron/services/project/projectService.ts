import { readdirSync, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import type { KnownProject, ProjectSummary } from '../../../shared/api/projectCalls';
import type { ServiceDomain } from '../serviceContext';
import { CourseRepository } from './courseRepository';
import { courseRows } from './courseRows';
import { buildTemplate } from './courseTemplates';
import { PROJECT_EXTENSION, SPOC_APPLICATION_ID, readProjectHeader } from './projectFormat';
import { ProjectFile } from './projectFile';
import { RecentProjects } from './recentProjects';
import { saveProjectCopy } from './saveProjectCopy';
import { sweepStaleTemporaryFiles } from './temporaryFiles';

type ProjectMethods = 'getSession' | 'listProjects' | 'createProject' | 'openProject' | 'openSampleProject' | 'closeProject' | 'saveProjectCopy';

/** Opening, creating and closing project files; remembers recent ones. */
export const projectService: ServiceDomain<ProjectMethods> = (context) => {
  const { options } = context;
  const recent = new RecentProjects(options.appDataDir);

  const summaryOf = (project: ProjectFile): ProjectSummary => {
    const course = new CourseRepository(project.db).course();
    return { path: project.path, fileName: project.fileName, courseId: course.id, title: course.title, client: course.client, readOnly: project.readOnly };
  };

  const makeCurrent = (project: ProjectFile): ProjectSummary => {
    const summary = summaryOf(project);
    context.setProject(project);
    recent.remember(project.path, summary.title);
    return summary;
  };

  const listProjects = async (): Promise<KnownProject[]> => {
    const known = new Map<string, KnownProject>();
    const add = (filePath: string, title: string | null) => {
      const resolved = path.resolve(filePath);
      if (known.has(resolved)) return;
      const modified = modifiedAt(resolved);
      if (modified === null || isForeignDatabase(resolved)) return;
      known.set(resolved, { path: resolved, title: title ?? readTitle(resolved), modifiedAt: modified });
    };
    for (const entry of recent.entries()) add(entry.path, entry.title);
    for (const fileName of listWorkspace(options.workspaceDir)) add(path.join(options.workspaceDir, fileName), null);
    return [...known.values()].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  };

  const openPath = (filePath: string, readOnly = false): ProjectSummary => {
    const current = context.currentProject();
    if (current && path.resolve(current.path) === filePath) return makeCurrent(current);
    sweepStaleTemporaryFiles(path.dirname(filePath));
    return makeCurrent(ProjectFile.open(filePath, undefined, { readOnly }));
  };

  return {
    getSession: async () => {
      const project = context.currentProject();
      return { mode: options.mode, project: project ? summaryOf(project) : null };
    },
    listProjects,
    createProject: async ({ title, client, language, template }) => {
      const chosen = await options.places.chooseNewProjectPath(`${fileNameFor(title)}${PROJECT_EXTENSION}`);
      if (chosen === null) return null;
      const target = path.resolve(chosen.endsWith(PROJECT_EXTENSION) ? chosen : `${chosen}${PROJECT_EXTENSION}`);
      if (context.currentProject() && path.resolve(context.project().path) === target) {
        throw appError('conflict', 'newProjectIsOpen', { file: path.basename(target) });
      }
      sweepStaleTemporaryFiles(path.dirname(target));
      const content = buildTemplate(template, title, language, client ?? '');
      const project = await ProjectFile.create(target, (created) =>
        created.transaction((db) => {
          const repository = new CourseRepository(db);
          courseRows.course.insert(db, content.course);
          for (const module of content.modules) courseRows.modules.insert(db, module);
          for (const capsule of content.capsules) repository.insertCapsule(capsule);
          for (const session of content.liveSessions) courseRows.liveSessions.insert(db, session);
        }),
      );
      return makeCurrent(project);
    },
    openProject: async (input) => {
      if (input.path === undefined) {
        const chosen = await options.places.chooseProjectToOpen();
        return chosen === null ? null : openPath(path.resolve(chosen), input.readOnly);
      }
      const requested = path.resolve(input.path);
      const listed = (await listProjects()).some((project) => project.path === requested);
      if (!listed) {
        throw appError('invalid-input', 'projectNotKnown', { file: path.basename(requested) });
      }
      return openPath(requested, input.readOnly);
    },
    saveProjectCopy: async () => {
      const source = context.project();
      const chosen = await options.places.chooseNewProjectPath(`${path.basename(source.path, PROJECT_EXTENSION)}-copy${PROJECT_EXTENSION}`);
      if (chosen === null) return null;
      const target = path.resolve(chosen.endsWith(PROJECT_EXTENSION) ? chosen : `${chosen}${PROJECT_EXTENSION}`);
      if (target === path.resolve(source.path)) throw appError('conflict', 'copyIsOpenProject', { file: path.basename(target) });
      return makeCurrent(await saveProjectCopy(source, target));
    },
    openSampleProject: async () => {
      // Loaded at its first call: the course folder reader and the media import serve no other open.
      const { openSampleCopy } = await import('./openSampleCopy');
      const project = await openSampleCopy(options.resourcesDir, options.workspaceDir, context.currentProject());
      return makeCurrent(project);
    },
    closeProject: async () => {
      await context.currentProject()?.pendingMedia.foldBeforeClosing();
      context.setProject(null);
      return null;
    },
  };
};

/** A file name from a course title: letters, digits and dashes, never empty. */
function fileNameFor(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return slug || 'course';
}

function listWorkspace(workspaceDir: string): string[] {
  try {
    return readdirSync(workspaceDir).filter((name) => name.endsWith(PROJECT_EXTENSION) && !name.startsWith('.'));
  } catch {
    return [];
  }
}

function modifiedAt(filePath: string): string | null {
  try {
    const stats = statSync(filePath);
    return stats.isFile() ? stats.mtime.toISOString() : null;
  } catch {
    return null;
  }
}

/** Another app's SQLite file is left out; damaged files of ours stay listed so opening them explains what is wrong. */
function isForeignDatabase(filePath: string): boolean {
  try {
    const header = readProjectHeader(filePath);
    return header.kind === 'sqlite' && header.applicationId !== SPOC_APPLICATION_ID;
  } catch {
    return true;
  }
}

/** The course title of a project file, read without writing to it; the file name when it cannot be read. */
function readTitle(filePath: string): string {
  try {
    const db = new BetterSqlite3(filePath, { readonly: true, fileMustExist: true });
    try {
      const title = db.prepare('SELECT title FROM courses').pluck().get();
      if (typeof title === 'string') return title;
    } finally {
      db.close();
    }
  } catch {
    // A damaged file still appears, by name, so the designer sees why it does not open.
  }
  return path.basename(filePath, PROJECT_EXTENSION);
}
