import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/appError';
import { createAppStore } from '../../../renderer/state/appStore';
import { createFakeApi } from '../support/createFakeApi';

async function openedStore() {
  const fake = createFakeApi();
  const store = createAppStore(fake.api);
  await store.getState().openSampleProject();
  return { fake, store };
}

describe('session', () => {
  it('lists the known projects when nothing is open', async () => {
    const store = createAppStore(createFakeApi().api);
    await store.getState().loadSession();
    expect(store.getState().session?.project).toBeNull();
    expect(store.getState().knownProjects.map((p) => p.title)).toEqual(['Old course']);
  });

  it('has the outline ready by the time the workspace learns a project is open', async () => {
    const store = createAppStore(createFakeApi().api);
    const outlineWhenOpened: unknown[] = [];
    store.subscribe((state, previous) => {
      if (state.session?.project && !previous.session?.project) outlineWhenOpened.push(state.outline);
    });
    await store.getState().openSampleProject();
    expect(outlineWhenOpened).toHaveLength(1);
    expect(outlineWhenOpened[0]).toMatchObject({ course: { title: 'OPTIMANAGER' } });
  });

  it('creates a course and opens it', async () => {
    const store = createAppStore(createFakeApi().api);
    await store.getState().createProject({ title: 'Cyber hygiène', language: 'fr', template: 'awareness' });
    expect(store.getState().session?.project?.title).toBe('Cyber hygiène');
    expect(store.getState().outline?.course.title).toBe('Cyber hygiène');
  });

  it('changes nothing when the open dialog is cancelled', async () => {
    const { store } = await openedStore();
    const before = store.getState().outline;
    await store.getState().openProject();
    expect(store.getState().outline).toBe(before);
    expect(store.getState().session?.project?.title).toBe('OPTIMANAGER');
  });

  it('forgets the previous project entirely when another one opens', async () => {
    const { store } = await openedStore();
    const moduleId = await store.getState().addModule('Rôle du manager');
    store.getState().select({ kind: 'module', id: moduleId ?? '' });
    store.getState().goTo('pacing');
    await store.getState().openProject('/workspace/Other.spoc');
    expect(store.getState().outline?.course.title).toBe('Other');
    expect(store.getState().outline?.modules).toEqual([]);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().place).toBe('outline');
  });

  it('returns to the welcome screen with no project data left after closing', async () => {
    const { store } = await openedStore();
    await store.getState().addModule('M1');
    await store.getState().closeProject();
    expect(store.getState().session?.project).toBeNull();
    expect(store.getState().outline).toBeNull();
    expect(store.getState().saveStatus).toBe('idle');
    expect(store.getState().knownProjects).not.toEqual([]);
  });

  it('says nothing about a read answered after its project was closed, but still tells an open workspace the project is gone', async () => {
    const { fake, store } = await openedStore();
    const answer = fake.holdNext('getOutline');
    const loading = store.getState().loadOutline();
    await store.getState().closeProject();
    answer();
    await loading;
    expect(store.getState().error).toBeNull();

    await store.getState().openSampleProject();
    fake.failNext('getOutline', new AppError('no-project', 'No project is open.'));
    await store.getState().loadOutline();
    expect(store.getState().error).toMatchObject({ code: 'no-project' });
  });

  it('shows why a project could not be opened and stays on the welcome screen', async () => {
    const fake = createFakeApi();
    const store = createAppStore(fake.api);
    fake.failNext('openProject', new AppError('not-a-project', 'notes.txt is not a SPOC Studio project.'));
    await store.getState().openProject('/workspace/notes.txt');
    expect(store.getState().error).toEqual({ code: 'not-a-project', message: 'notes.txt is not a SPOC Studio project.' });
    expect(store.getState().session).toBeNull();
  });
});

describe('outline edits', () => {
  it('saves a new module, then shows what the backend holds', async () => {
    const { fake, store } = await openedStore();
    const statuses: string[] = [];
    store.subscribe((state, previous) => state.saveStatus !== previous.saveStatus && statuses.push(state.saveStatus));
    const id = await store.getState().addModule('  Communiquer efficacement ');
    expect(statuses).toEqual(['saving', 'saved']);
    expect(store.getState().outline?.modules.map((m) => [m.id, m.title])).toEqual([[id, 'Communiquer efficacement']]);
    expect(fake.calls.slice(-2)).toEqual(['addModule', 'getOutline']);
  });

  it('adds a capsule of the chosen kind to its module, with its duration counted in the totals', async () => {
    const { store } = await openedStore();
    const moduleId = (await store.getState().addModule('M1')) ?? '';
    await store.getState().addCapsule(moduleId, "L'écoute active", 'video');
    const [module] = store.getState().outline?.modules ?? [];
    expect(module?.capsules.map((c) => [c.title, c.kind])).toEqual([["L'écoute active", 'video']]);
    expect(module?.minutes).toBe(5);
    expect(store.getState().outline?.totalMinutes).toBe(5);
  });

  it('keeps the saved title and shows the error when the backend refuses a rename', async () => {
    const { store } = await openedStore();
    const moduleId = (await store.getState().addModule('M1')) ?? '';
    await store.getState().addCapsule(moduleId, 'Quiz', 'assessment');
    const capsuleId = store.getState().outline?.modules[0]?.capsules[0]?.id ?? '';
    const renamed = await store.getState().updateCapsule(capsuleId, { title: '   ' });
    expect(renamed).toBe(false);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().error).toEqual({ code: 'invalid-input', message: 'A capsule title must not be empty.' });
    expect(store.getState().outline?.modules[0]?.capsules[0]?.title).toBe('Quiz');
  });

  it('renames a module and clears the failure once dismissed', async () => {
    const { fake, store } = await openedStore();
    const moduleId = (await store.getState().addModule('M1')) ?? '';
    fake.failNext('updateModule', new AppError('file-error', 'The project file is read-only.'));
    await store.getState().updateModule(moduleId, { title: 'Rôle du manager' });
    expect(store.getState().outline?.modules[0]?.title).toBe('M1');
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
    expect(store.getState().saveStatus).toBe('idle');
    expect(await store.getState().updateModule(moduleId, { title: 'Rôle du manager' })).toBe(true);
    expect(store.getState().outline?.modules[0]?.title).toBe('Rôle du manager');
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('reads "saving" until the last of overlapping writes is done', async () => {
    const { store } = await openedStore();
    const releases: Array<() => void> = [];
    const slowWrite = () => new Promise<void>((resolve) => releases.push(resolve));
    const first = store.getState().saveEdit(slowWrite);
    const second = store.getState().saveEdit(slowWrite);
    releases[0]?.();
    await first;
    expect(store.getState().saveStatus).toBe('saving');
    releases[1]?.();
    await second;
    expect(store.getState().saveStatus).toBe('saved');
  });
});
