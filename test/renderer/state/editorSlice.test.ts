import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/appError';
import type { AppApi } from '../../../shared/api/contract';
import { roundMinutes } from '../../../shared/authoring/outlineMinutes';
import type { Capsule } from '../../../shared/model/course';
import { capsuleMinutes } from '../../../shared/model/durations';
import type { RichTextDoc } from '../../../shared/model/richText';
import { createAppStore } from '../../../renderer/state/appStore';
import { EDITOR_PLACE } from '../../../renderer/state/editorSlice';
import { createFakeApi } from '../support/createFakeApi';

const doc = (text: string): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The outline fake, plus the capsule content calls the editor makes, kept in memory. */
function editorApi() {
  const fake = createFakeApi();
  const capsules = new Map<string, Capsule>();
  let failSave = false;
  /** Capsule reads held back until released, as on a slow disk. */
  const held = new Map<string, Promise<void>>();
  const stored = async (id: string): Promise<Capsule> => {
    const known = capsules.get(id);
    if (known) return known;
    const outline = await fake.api.getOutline({});
    const module = outline.modules.find((candidate) => candidate.capsules.some((capsule) => capsule.id === id));
    const capsule = module?.capsules.find((candidate) => candidate.id === id);
    if (!module || !capsule) throw new AppError('not-found', `No capsule ${id}.`);
    const created: Capsule = { id, moduleId: module.id, title: capsule.title, kind: capsule.kind, minutesOverride: null, weekOverride: null, content: doc(''), objectiveIds: [], position: 'a0' };
    capsules.set(id, created);
    return created;
  };
  const overrides: Partial<AppApi> = {
    getCapsule: async ({ id }) => {
      await held.get(id);
      return stored(id);
    },
    getCapsuleQuiz: async () => null,
    saveCapsuleContent: async ({ id, content }) => {
      if (failSave) throw new AppError('invalid-input', 'content refused');
      const saved = { ...(await stored(id)), content: content as RichTextDoc };
      capsules.set(id, saved);
      return saved;
    },
    updateCapsule: async ({ id, patch }) => {
      const saved = { ...(await stored(id)), ...patch };
      capsules.set(id, saved);
      return saved;
    },
    listMediaLibrary: async () => [],
  };
  const api = new Proxy(fake.api, {
    get: (target, method: string) => overrides[method as keyof AppApi] ?? target[method as keyof AppApi],
  }) as AppApi;
  const holdCapsule = (id: string): (() => void) => {
    let release = () => {};
    held.set(id, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      held.delete(id);
      release();
    };
  };
  return { api, calls: fake.calls, capsules, failSaves: () => (failSave = true), holdCapsule };
}

async function storeWithCapsules() {
  const backend = editorApi();
  const store = createAppStore(backend.api);
  await store.getState().openSampleProject();
  const moduleId = (await store.getState().addModule('Communiquer'))!;
  const first = (await store.getState().addCapsule(moduleId, 'L’écoute active', 'video'))!;
  const second = (await store.getState().addCapsule(moduleId, 'Le brief', 'reading'))!;
  return { backend, store, first, second };
}

describe('capsule editor state', () => {
  it('opens a capsule in the editor place with its properties selected', async () => {
    const { store, first } = await storeWithCapsules();
    await store.getState().openCapsuleEditor(first);
    expect(store.getState().place).toBe(EDITOR_PLACE);
    expect(store.getState().selection).toEqual({ kind: 'capsule', id: first });
    expect(store.getState().editingCapsule?.title).toBe('L’écoute active');
  });

  it('shows the capsule opened last when an earlier one loads after it', async () => {
    const { backend, store, first, second } = await storeWithCapsules();
    const releaseFirst = backend.holdCapsule(first);
    const slow = store.getState().openCapsuleEditor(first);
    await store.getState().openCapsuleEditor(second);
    expect(store.getState().editingCapsule?.id).toBe(second);
    // The first capsule's answer arrives only now, after the second one is shown.
    releaseFirst();
    await slow;
    expect(store.getState().editingCapsule?.id).toBe(second);
    expect(store.getState().selection).toEqual({ kind: 'capsule', id: second });
  });

  it('keeps what the backend stored after a content save and updates that capsule’s minutes in the outline without reloading it', async () => {
    const { backend, store, first } = await storeWithCapsules();
    await store.getState().openCapsuleEditor(first);
    const before = backend.calls.filter((call) => call === 'getOutline').length;
    const minutesOf = () => {
      const module = store.getState().outline!.modules.find((candidate) => candidate.capsules.some((capsule) => capsule.id === first))!;
      return { capsule: module.capsules.find((capsule) => capsule.id === first)!.minutes, module: module.minutes, total: store.getState().outline!.totalMinutes };
    };
    const empty = minutesOf();
    const content = doc('Écouter avant de répondre. '.repeat(400));
    await store.getState().writeCapsuleContent(first, content);
    expect(store.getState().editingCapsule?.content).toEqual(content);
    expect(backend.calls.filter((call) => call === 'getOutline').length).toBe(before);
    const expected = capsuleMinutes({ content, minutesOverride: null });
    expect(expected).toBeGreaterThan(empty.capsule);
    expect(minutesOf()).toEqual({
      capsule: expected,
      module: roundMinutes(empty.module - empty.capsule + expected),
      total: roundMinutes(empty.total - empty.capsule + expected),
    });
  });

  it('lets a refused save reach the autosave, which shows it', async () => {
    const { backend, store, first } = await storeWithCapsules();
    await store.getState().openCapsuleEditor(first);
    backend.failSaves();
    await expect(store.getState().writeCapsuleContent(first, doc('x'))).rejects.toThrow('content refused');
    expect(store.getState().editingCapsule?.content).toEqual(doc(''));
  });

  it('sets a duration override and goes back to the estimate', async () => {
    const { store, first } = await storeWithCapsules();
    await store.getState().openCapsuleEditor(first);
    await store.getState().updateEditingCapsule({ minutesOverride: 12 });
    expect(store.getState().editingCapsule?.minutesOverride).toBe(12);
    expect(store.getState().saveStatus).toBe('saved');
    await store.getState().updateEditingCapsule({ minutesOverride: null });
    expect(store.getState().editingCapsule?.minutesOverride).toBeNull();
  });

  it('rereads the open capsule after a change made elsewhere and restarts the editor from it', async () => {
    const { backend, store, first } = await storeWithCapsules();
    await store.getState().openCapsuleEditor(first);
    const revision = store.getState().editingRevision;
    backend.capsules.set(first, { ...backend.capsules.get(first)!, content: doc('Version d’avant') });
    await store.getState().reloadEditingCapsule();
    expect(store.getState().editingCapsule?.content).toEqual(doc('Version d’avant'));
    expect(store.getState().editingRevision).toBe(revision + 1);
  });

  it('forgets the open capsule when another project opens', async () => {
    const { store, first } = await storeWithCapsules();
    await store.getState().openCapsuleEditor(first);
    await store.getState().loadMediaLibrary();
    await store.getState().openProject('/workspace/Other.spoc');
    expect(store.getState().editingCapsule).toBeNull();
    expect(store.getState().mediaLibrary).toBeNull();
    expect(store.getState().place).toBe('outline');
  });
});
