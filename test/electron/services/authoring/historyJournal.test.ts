import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { courseRows } from '../../../../electron/services/project/courseRows';
import { type AuthoringFixture, openAuthoringFixture } from './authoringFixture';

let fixture: AuthoringFixture;
beforeEach(async () => {
  fixture = await openAuthoringFixture();
});
afterEach(() => {
  vi.useRealTimers();
  fixture.close();
});

const texts = () => fixture.repository.list('objectives').map((objective) => objective.text);

describe('undo and redo', () => {
  it('undoes and redoes an action, naming it', async () => {
    expect(await fixture.call('getHistory', {})).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    await fixture.call('addObjective', { moduleId: null, text: 'Construire une grille' });
    expect(await fixture.call('getHistory', {})).toMatchObject({ canUndo: true, undoLabel: 'addObjective' });

    const undone = await fixture.call('undo', {});
    expect(undone).toMatchObject({ label: 'addObjective', changedTables: ['objectives'], history: { canUndo: false, canRedo: true, redoLabel: 'addObjective' } });
    expect(texts()).toEqual([]);

    await fixture.call('redo', {});
    expect(texts()).toEqual(['Construire une grille']);
  });

  it('restores a deleted module with its capsules, objectives and their links', async () => {
    const objective = await fixture.call('addObjective', { moduleId: null, text: 'Gérer un conflit' });
    const [module1] = fixture.repository.modules();
    const capsules = fixture.repository.capsules(module1!.id);
    const subObjective = await fixture.call('addObjective', { moduleId: module1!.id, text: 'Expliquer le rôle' });
    await fixture.call('setObjectiveLink', { objectiveId: objective.id, target: 'capsule', targetId: capsules[0]!.id, linked: true });
    const quiz = await fixture.call('addQuiz', { capsuleId: capsules[0]!.id, title: 'Quiz' });
    const before = { modules: fixture.repository.modules(), capsules: fixture.repository.capsules(), objectives: fixture.repository.list('objectives') };

    await fixture.act('deleteModule', (repository) => repository.db.prepare('DELETE FROM modules WHERE id = ?').run(module1!.id));
    expect(fixture.repository.capsules(module1!.id)).toEqual([]);
    expect(fixture.repository.list('objectives').map((row) => row.id)).toEqual([objective.id]);

    const step = await fixture.call('undo', {});
    expect(step.changedTables).toEqual(expect.arrayContaining(['capsule_objectives', 'capsules', 'modules', 'objectives', 'quizzes']));
    expect(fixture.repository.modules()).toEqual(before.modules);
    expect(fixture.repository.capsules()).toEqual(before.capsules);
    expect(fixture.repository.list('objectives')).toEqual(before.objectives);
    expect((await fixture.call('getCapsuleQuiz', { capsuleId: capsules[0]!.id }))?.quiz.id).toBe(quiz.id);
    expect(fixture.repository.list('objectives').map((row) => row.id)).toContain(subObjective.id);
    expect(fixture.project.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('merges quick edits of the same field into one step, but not edits far apart', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const objective = await fixture.call('addObjective', { moduleId: null, text: 'C' });
    for (const text of ['Co', 'Con', 'Conduire']) await fixture.call('updateObjective', { id: objective.id, patch: { text } });
    await fixture.call('undo', {});
    expect(texts()).toEqual(['C']);
    await fixture.call('redo', {});
    expect(texts()).toEqual(['Conduire']);

    vi.setSystemTime(Date.now() + 60_000);
    await fixture.call('updateObjective', { id: objective.id, patch: { text: 'Conduire un entretien' } });
    await fixture.call('undo', {});
    expect(texts()).toEqual(['Conduire']);
  });

  it('drops the redo branch when a new action is made', async () => {
    await fixture.call('addObjective', { moduleId: null, text: 'A' });
    await fixture.call('undo', {});
    await fixture.call('addObjective', { moduleId: null, text: 'B' });
    expect(await fixture.call('getHistory', {})).toMatchObject({ canRedo: false });
    expect((await fixture.call('redo', {})).label).toBeNull();
    expect(texts()).toEqual(['B']);
  });

  it('records nothing for a refused action or one that changed nothing', async () => {
    await expect(fixture.call('deleteObjective', { id: '00000000-0000-7000-8000-000000000999' })).rejects.toMatchObject({ code: 'not-found' });
    const [capsule] = fixture.repository.capsules();
    await fixture.call('setObjectiveLink', { objectiveId: (await fixture.call('addObjective', { moduleId: null, text: 'A' })).id, target: 'capsule', targetId: capsule!.id, linked: false });
    expect(await fixture.call('getHistory', {})).toMatchObject({ undoLabel: 'addObjective' });
  });

  it('survives closing and reopening the project file', async () => {
    await fixture.call('addObjective', { moduleId: null, text: 'A' });
    await fixture.call('addObjective', { moduleId: null, text: 'B' });
    await fixture.call('undo', {});
    await fixture.reopen();
    expect(await fixture.call('getHistory', {})).toEqual({ canUndo: true, canRedo: true, undoLabel: 'addObjective', redoLabel: 'addObjective' });
    await fixture.call('redo', {});
    expect(texts()).toEqual(['A', 'B']);
    await fixture.call('undo', {});
    await fixture.call('undo', {});
    expect(texts()).toEqual([]);
  });

  it('covers writes made by other domains and undoes edits of the framing', async () => {
    const course = fixture.repository.course();
    await fixture.act('updateCourse', (repository) => courseRows.course.update(repository.db, { ...course, client: 'OPTIMAX', learnerCount: 15 }));
    expect(fixture.repository.course()).toMatchObject({ client: 'OPTIMAX', learnerCount: 15 });
    await fixture.call('undo', {});
    expect(fixture.repository.course()).toEqual(course);
  });

  it('runs actions one at a time so concurrent calls never share a step', async () => {
    await Promise.all(['A', 'B', 'C'].map((text) => fixture.call('addObjective', { moduleId: null, text })));
    await fixture.call('undo', {});
    expect(texts()).toHaveLength(2);
  });
});
