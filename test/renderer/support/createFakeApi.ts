import { AppError } from '../../../shared/api/appError';
import type { AppApi } from '../../../shared/api/contract';
import type { OutlineModule } from '../../../shared/api/outlineCalls';
import type { ProjectSummary } from '../../../shared/api/projectCalls';
import type { Course } from '../../../shared/model/course';
import { buildTestCourse } from '../../shared/pacing/buildTestCourse';
import { newId } from '../../../shared/model/ids';

/**
 * An in-memory backend for store tests: one course whose outline the outline calls really change,
 * and a call log. `failNext` makes the next call of a method fail as the real backend would.
 */
export function createFakeApi() {
  const calls: string[] = [];
  const failures = new Map<string, AppError>();
  const holds = new Map<string, Promise<void>>();
  let open: { summary: ProjectSummary; course: Course; modules: OutlineModule[] } | null = null;
  let position = 0;

  const openCourse = (title: string): ProjectSummary => {
    const c = buildTestCourse({ title }).course;
    const summary = { path: `/workspace/${title}.spoc`, fileName: `${title}.spoc`, courseId: c.id, title, client: c.client, readOnly: null };
    open = { summary, course: c, modules: [] };
    return summary;
  };
  const project = () => {
    if (!open) throw new AppError('no-project', 'No project is open.');
    return open;
  };
  const findModule = (id: string) => {
    const found = project().modules.find((m) => m.id === id);
    if (!found) throw new AppError('not-found', `No module ${id}.`);
    return found;
  };
  const findCapsule = (id: string) => {
    for (const m of project().modules) {
      const found = m.capsules.find((c) => c.id === id);
      if (found) return { module: m, capsule: found };
    }
    throw new AppError('not-found', `No capsule ${id}.`);
  };
  const key = () => String(++position).padStart(6, '0');
  const capsuleOf = (moduleId: string, c: OutlineModule['capsules'][number]) => ({
    id: c.id, moduleId, title: c.title, kind: c.kind, minutesOverride: null, weekOverride: null,
    content: { type: 'doc' as const, content: [] }, objectiveIds: [], position: key(),
  });

  const handlers: Partial<AppApi> = {
    getSession: async () => ({ mode: 'browser', project: open?.summary ?? null }),
    listProjects: async () => [{ path: '/workspace/Old.spoc', title: 'Old course', modifiedAt: '2026-11-20T10:00:00Z' }],
    createProject: async ({ title }) => openCourse(title),
    openProject: async ({ path }) => (path ? openCourse(path.replace(/^.*\/|\.spoc$/g, '')) : null),
    openSampleProject: async () => openCourse('OPTIMANAGER'),
    closeProject: async () => {
      open = null;
      return null;
    },
    getOutline: async () => {
      const p = project();
      const modules = structuredClone(p.modules).map((m) => ({ ...m, minutes: m.capsules.reduce((sum, c) => sum + c.minutes, 0) }));
      return { course: p.course, modules, totalMinutes: modules.reduce((sum, m) => sum + m.minutes, 0), objectiveCount: 0, questionCount: 0 };
    },
    addModule: async ({ title }) => {
      const p = project();
      const m: OutlineModule = { id: newId(), title: title.trim(), summary: '', week: p.modules.length + 1, position: key(), capsules: [], minutes: 0 };
      p.modules.push(m);
      return { id: m.id, title: m.title, summary: m.summary, week: m.week, position: m.position };
    },
    updateModule: async ({ id, patch }) => {
      const m = findModule(id);
      if (patch.title !== undefined && patch.title.trim() === '') throw new AppError('invalid-input', 'A module title must not be empty.');
      Object.assign(m, patch);
      return { id: m.id, title: m.title, summary: m.summary, week: m.week, position: m.position };
    },
    addCapsule: async ({ moduleId, title, kind }) => {
      const m = findModule(moduleId);
      const c = { id: newId(), title: title.trim(), kind, minutes: 5, week: m.week };
      m.capsules.push(c);
      return capsuleOf(m.id, c);
    },
    updateCapsule: async ({ id, patch }) => {
      const { module, capsule } = findCapsule(id);
      if (patch.title !== undefined && patch.title.trim() === '') throw new AppError('invalid-input', 'A capsule title must not be empty.');
      if (patch.title !== undefined) capsule.title = patch.title;
      if (patch.kind !== undefined) capsule.kind = patch.kind;
      return capsuleOf(module.id, capsule);
    },
  };

  const api = new Proxy(handlers, {
    get(target, method: string) {
      return async (input: unknown) => {
        calls.push(method);
        const hold = holds.get(method);
        holds.delete(method);
        await hold;
        const failure = failures.get(method);
        if (failure) {
          failures.delete(method);
          throw failure;
        }
        const handler = target[method as keyof AppApi] as ((input: unknown) => Promise<unknown>) | undefined;
        if (!handler) throw new AppError('internal', `The fake API does not implement ${method}.`);
        return handler(input ?? {});
      };
    },
  }) as AppApi;

  return {
    api,
    calls,
    failNext(method: keyof AppApi, error: AppError) {
      failures.set(method, error);
    },
    /** Holds the next call of a method until the returned function is called, as a slow backend would. */
    holdNext(method: keyof AppApi): () => void {
      let release = (): void => undefined;
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => release();
    },
  };
}
