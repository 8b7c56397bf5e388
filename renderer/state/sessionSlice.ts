import { AppError } from '../../shared/api/appError';
import type { ImportPreview } from '../../shared/api/importCalls';
import type { CourseTemplate, KnownProject, ProjectSummary, Session } from '../../shared/api/projectCalls';
import type { HeadingLevels } from '../../shared/interchange/headingLevels';
import { connectImportUploader } from '../api/uploadFileToImport';
import type { Language } from '../../shared/model/course';
import type { SliceCreator } from './appStore';

export interface NewCourse {
  title: string;
  client?: string;
  language: Language;
  template: CourseTemplate;
}

export interface SessionSlice {
  /** Null until the backend has answered getSession. */
  session: Session | null;
  knownProjects: KnownProject[];
  loadSession(): Promise<void>;
  loadKnownProjects(): Promise<void>;
  createProject(course: NewCourse): Promise<void>;
  /** Without a path the desktop shows its open dialog; readOnly opens a project another instance is editing. */
  openProject(path?: string, options?: { readOnly?: boolean }): Promise<void>;
  /** The project last refused because another instance edits it, so it can be opened read-only. */
  lockedProjectPath: string | null;
  /** Saves the open (read-only) project as a new one and continues in it. */
  saveProjectCopy(): Promise<void>;
  openSampleProject(): Promise<void>;
  closeProject(): Promise<void>;
  /** The staged import's preview (Word document or our SCORM package), until created or cancelled. */
  importPreview: ImportPreview | null;
  /** What the import is doing now, for its progress line. */
  importProgress: { step: 'reading'; fileName: string } | { step: 'creating' } | { step: 'adding'; bytesDone: number; bytesTotal: number } | null;
  /** Browser mode uploads the file; the desktop shows its open dialog (file is then ignored). */
  stageImport(file?: File): Promise<void>;
  previewImport(levels: HeadingLevels): Promise<void>;
  createProjectFromImport(levels?: HeadingLevels): Promise<void>;
  /** Adds the staged file to the open course after a module (one undo step); resolves with the new modules' ids. */
  importIntoCourse(afterModuleId: string | null, levels?: HeadingLevels): Promise<string[] | undefined>;
  cancelImport(): Promise<void>;
}

/** How often the progress of an import into the course is asked for. */
const IMPORT_PROGRESS_POLL_MS = 250;

export const createSessionSlice: SliceCreator<SessionSlice> = (set, get, api) => {
  /** Shows a freshly opened project: a cancelled dialog (null) changes nothing. */
  const enter = async (project: ProjectSummary | null | undefined): Promise<void> => {
    if (!project) return;
    get().resetProjectData();
    // The outline is read before the session changes, so the workspace never shows the previous project.
    await get().loadOutline();
    set({ session: await api.getSession({}) });
  };

  return {
    session: null,
    knownProjects: [],
    lockedProjectPath: null,

    async loadSession() {
      await get().runAction(async () => {
        const session = await api.getSession({});
        if (session.project) await get().loadOutline();
        else await get().loadKnownProjects();
        set({ session });
      });
    },

    async loadKnownProjects() {
      await get().runAction(async () => set({ knownProjects: await api.listProjects({}) }));
    },

    async createProject(course) {
      await get().runAction(async () => {
        const created = await api.createProject(course);
        await enter(created);
        // A new course starts with its framing.
        if (created) get().goTo('framing');
      });
    },

    async openProject(path, options = {}) {
      set({ lockedProjectPath: null });
      await get().runAction(async () => {
        try {
          await enter(await api.openProject({ ...(path === undefined ? {} : { path }), ...(options.readOnly ? { readOnly: true } : {}) }));
        } catch (failure) {
          if (failure instanceof AppError && failure.code === 'locked' && path !== undefined) set({ lockedProjectPath: path });
          throw failure;
        }
      });
    },

    async saveProjectCopy() {
      await get().runAction(async () => enter(await api.saveProjectCopy({})));
    },

    async openSampleProject() {
      await get().runAction(async () => enter(await api.openSampleProject({})));
    },

    importPreview: null,
    importProgress: null,

    async stageImport(file) {
      const upload = connectImportUploader();
      set({ importProgress: file ? { step: 'reading', fileName: file.name } : null, importPreview: null });
      try {
        const preview = await get().runAction(() => (upload && file ? upload(file) : api.stageImport({})));
        set({ importPreview: preview ?? null });
      } finally {
        set({ importProgress: null });
      }
    },

    async previewImport(levels) {
      const preview = await get().runAction(() => api.previewImport({ levels }));
      if (preview) set({ importPreview: preview });
    },

    async createProjectFromImport(levels) {
      set({ importProgress: { step: 'creating' } });
      try {
        await get().runAction(async () => {
          const created = await api.createProjectFromImport(levels ? { levels } : {});
          if (created) set({ importPreview: null });
          await enter(created);
        });
      } finally {
        set({ importProgress: null });
      }
    },

    async importIntoCourse(afterModuleId, levels) {
      set({ importProgress: { step: 'adding', bytesDone: 0, bytesTotal: 0 } });
      let running = true;
      const poll = async () => {
        while (running) {
          await new Promise((resolve) => setTimeout(resolve, IMPORT_PROGRESS_POLL_MS));
          const progress = await api.getImportProgress({}).catch(() => null);
          if (running && progress) set({ importProgress: { step: 'adding', ...progress } });
        }
      };
      void poll();
      try {
        const added = await get().saveEdit(() => api.importIntoCourse({ afterModuleId, ...(levels ? { levels } : {}) }));
        if (added) set({ importPreview: null });
        await get().loadOutline();
        return added?.moduleIds;
      } finally {
        running = false;
        set({ importProgress: null });
      }
    },

    async cancelImport() {
      set({ importPreview: null });
      await get().runAction(() => api.cancelImport({}));
    },

    async closeProject() {
      await get().runAction(async () => {
        await api.closeProject({});
        await get().loadKnownProjects();
        const { session } = get();
        get().resetProjectData({ session: session && { ...session, project: null } });
      });
    },
  };
};
