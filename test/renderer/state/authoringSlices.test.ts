import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../../electron/services/callApi';
import { createApiClient } from '../../../renderer/api/createApiClient';
import { createAppStore } from '../../../renderer/state/appStore';
import { createTestServices } from '../../electron/services/serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

/** The store over the real services, through the same validation every transport applies. */
async function storeOnBlankCourse() {
  harness = createTestServices();
  const store = createAppStore(createApiClient((method, input) => callApi(harness.api, method, input)));
  await store.getState().createProject({ title: 'Cyber', client: 'Clinique du Parc', language: 'fr', template: 'blank' });
  return store;
}

describe('new course', () => {
  it('opens on the framing place with the client given in the wizard', async () => {
    const store = await storeOnBlankCourse();
    expect(store.getState().place).toBe('framing');
    expect(store.getState().outline?.course.client).toBe('Clinique du Parc');
  });
});

describe('framing slice', () => {
  it('saves a field and shows the course as the backend now holds it', async () => {
    const store = await storeOnBlankCourse();
    expect(await store.getState().updateCourse({ learnerCount: 30, startDate: '2027-01-11' })).toBe(true);
    expect(store.getState().outline?.course).toMatchObject({ learnerCount: 30, startDate: '2027-01-11' });
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('shows a refused value as a failed save and keeps the saved course', async () => {
    const store = await storeOnBlankCourse();
    expect(await store.getState().updateCourse({ durationWeeks: 0 })).toBe(false);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().error?.message).toContain('durationWeeks');
    expect(store.getState().outline?.course.durationWeeks).toBe(4);
  });
});

describe('objectives slice', () => {
  it('adds, rewords, reorders, links and deletes objectives, keeping the outline count in step', async () => {
    const store = await storeOnBlankCourse();
    const moduleId = (await store.getState().addModule('Reconnaître une attaque'))!;
    const capsuleId = (await store.getState().addCapsule(moduleId, 'L’hameçonnage', 'video'))!;
    const first = (await store.getState().addObjective(null, 'Connaître les risques', null))!;
    const second = (await store.getState().addObjective(null, 'Repérer un courriel piégé', 'remember'))!;
    const texts = () => store.getState().objectiveData?.objectives.sort((a, b) => (a.position < b.position ? -1 : 1)).map((o) => o.text);
    expect(texts()).toEqual(['Connaître les risques', 'Repérer un courriel piégé']);
    expect(store.getState().outline?.objectiveCount).toBe(2);

    expect(await store.getState().updateObjective(first, { text: 'Expliquer les risques' })).toBe(true);
    expect(await store.getState().moveObjective(second, null, 0)).toBe(true);
    expect(texts()).toEqual(['Repérer un courriel piégé', 'Expliquer les risques']);

    expect(await store.getState().setObjectiveLink(second, 'capsule', capsuleId, true)).toBe(true);
    expect(store.getState().objectiveData?.capsules[0]?.objectiveIds).toEqual([second]);

    expect(await store.getState().deleteObjective(second)).toBe(true);
    expect(texts()).toEqual(['Expliquer les risques']);
    expect(store.getState().objectiveData?.capsules[0]?.objectiveIds).toEqual([]);
    expect(store.getState().outline?.objectiveCount).toBe(1);
  });

  it('refuses an empty objective and says so', async () => {
    const store = await storeOnBlankCourse();
    expect(await store.getState().addObjective(null, '   ', null)).toBeUndefined();
    expect(store.getState().error?.code).toBe('invalid-input');
    expect(store.getState().objectiveData?.objectives).toEqual([]);
  });
});

describe('outline editing', () => {
  it('moves, duplicates and deletes modules and capsules, and forgets a deleted selection', async () => {
    const store = await storeOnBlankCourse();
    const m1 = (await store.getState().addModule('Un'))!;
    const m2 = (await store.getState().addModule('Deux'))!;
    const a = (await store.getState().addCapsule(m1, 'A', 'video'))!;
    await store.getState().addCapsule(m1, 'B', 'reading');
    const titles = () => store.getState().outline!.modules.map((m) => [m.title, m.capsules.map((c) => c.title)]);

    expect(await store.getState().moveCapsule(a, m2, 0)).toBe(true);
    expect(await store.getState().moveModule(m2, 0)).toBe(true);
    expect(titles()).toEqual([['Deux', ['A']], ['Un', ['B']]]);

    const copy = await store.getState().duplicateModule(m2);
    expect(copy).toBeDefined();
    expect(titles()).toEqual([['Deux', ['A']], ['Deux (copie)', ['A']], ['Un', ['B']]]);
    expect(await store.getState().duplicateCapsule(a)).toBeDefined();
    expect(titles()[0]).toEqual(['Deux', ['A', 'A (copie)']]);

    store.getState().select({ kind: 'module', id: copy! });
    expect(await store.getState().deleteModule(copy!)).toBe(true);
    expect(store.getState().selection).toBeNull();
    expect(titles()).toEqual([['Deux', ['A', 'A (copie)']], ['Un', ['B']]]);
  });
});

describe('history slice', () => {
  it('names the action to undo, undoes it, reloads the views, and redoes it', async () => {
    const store = await storeOnBlankCourse();
    await store.getState().loadObjectives();
    const moduleId = (await store.getState().addModule('Un'))!;
    await store.getState().addObjective(moduleId, 'Repérer un courriel piégé', null);
    await store.getState().loadHistory();
    expect(store.getState().history).toMatchObject({ canUndo: true, undoLabel: 'addObjective', canRedo: false });

    await store.getState().undo();
    expect(store.getState().objectiveData?.objectives).toEqual([]);
    expect(store.getState().history).toMatchObject({ undoLabel: 'addModule', redoLabel: 'addObjective' });
    expect(store.getState().historyRevision).toBe(1);

    await store.getState().undo();
    expect(store.getState().outline?.modules).toEqual([]);

    await store.getState().redo();
    await store.getState().redo();
    expect(store.getState().outline?.modules.map((m) => m.title)).toEqual(['Un']);
    expect(store.getState().objectiveData?.objectives.map((o) => o.text)).toEqual(['Repérer un courriel piégé']);
    expect(store.getState().history?.canRedo).toBe(false);
  });

  it('shows the open capsule and the open quiz as they are after an undo, not as they were', async () => {
    const store = await storeOnBlankCourse();
    const moduleId = (await store.getState().addModule('Un'))!;
    const capsuleId = (await store.getState().addCapsule(moduleId, 'Quiz', 'assessment'))!;
    await store.getState().openCapsuleEditor(capsuleId);
    await store.getState().addQuiz(capsuleId, 'Évaluation');
    await store.getState().openCapsuleQuiz(capsuleId);
    await store.getState().updateEditingCapsule({ minutesOverride: 12 });
    expect(store.getState().editingCapsule?.minutesOverride).toBe(12);
    const revision = store.getState().editingRevision;

    await store.getState().undo();
    expect(store.getState().editingCapsule?.minutesOverride).toBeNull();
    expect(store.getState().editingRevision).toBe(revision + 1);
    expect(store.getState().openQuiz?.quiz.title).toBe('Évaluation');

    await store.getState().undo();
    expect(store.getState().openQuiz).toBeNull();
    expect(store.getState().quizSummaries?.[capsuleId]).toBeUndefined();
  });

  it('forgets the history of the previous project when another opens', async () => {
    const store = await storeOnBlankCourse();
    await store.getState().addModule('Un');
    await store.getState().loadHistory();
    expect(store.getState().history?.canUndo).toBe(true);
    await store.getState().createProject({ title: 'Autre', language: 'en', template: 'blank' });
    expect(store.getState().history).toBeNull();
    expect(store.getState().historyRevision).toBe(0);
  });
});
