import { appError } from '../../shared/api/appError';
import type { ApiMethod, AppApi } from '../../shared/api/contract';
import type { ProjectFile } from './project/projectFile';
import type { ServiceOptions } from './serviceOptions';

/** What every domain's factory receives: the options and the project that is open now. */
export interface ServiceContext {
  readonly options: ServiceOptions;
  /** The open project; throws AppError 'no-project' when none is open. */
  project(): ProjectFile;
  /** The open project, or null. */
  currentProject(): ProjectFile | null;
  /** Makes project the open one, closing the previous one (the project domain calls it). */
  setProject(project: ProjectFile | null): void;
  /** Called after a project is opened or closed (undo history, caches…). */
  onProjectChange(listener: (project: ProjectFile | null) => void): void;
  /** Called once when the services are disposed. */
  onDispose(cleanup: () => void): void;
}

/** A domain: a factory of the calls it implements, given the shared context. */
export type ServiceDomain<M extends ApiMethod = ApiMethod> = (context: ServiceContext) => Pick<AppApi, M>;

/** The context shared by all domains of one createServices call, and its teardown. */
export function createServiceContext(options: ServiceOptions): { context: ServiceContext; dispose(): void } {
  let open: ProjectFile | null = null;
  const projectListeners: ((project: ProjectFile | null) => void)[] = [];
  const cleanups: (() => void)[] = [];
  const context: ServiceContext = {
    options,
    project() {
      if (!open) throw appError('no-project', 'noProjectOpen');
      return open;
    },
    currentProject: () => open,
    setProject(project) {
      if (open && open !== project) open.close();
      open = project;
      for (const listener of projectListeners) listener(project);
    },
    onProjectChange: (listener) => void projectListeners.push(listener),
    onDispose: (cleanup) => void cleanups.push(cleanup),
  };
  return {
    context,
    dispose() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      context.setProject(null);
    },
  };
}
