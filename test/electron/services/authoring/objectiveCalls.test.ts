import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AuthoringFixture, openAuthoringFixture } from './authoringFixture';

let fixture: AuthoringFixture;
beforeEach(async () => {
  fixture = await openAuthoringFixture();
});
afterEach(() => fixture.close());

const objectivesOf = (moduleId: string | null) =>
  fixture.repository
    .list('objectives')
    .filter((objective) => objective.moduleId === moduleId)
    .sort((a, b) => (a.position < b.position ? -1 : 1))
    .map((objective) => objective.code);

describe('objectives', () => {
  it('numbers course objectives O1, O2 and module sub-objectives after their module (O2.1)', async () => {
    const [, module2] = fixture.repository.modules();
    const first = await fixture.call('addObjective', { moduleId: null, text: 'Conduire un entretien de recadrage', bloomLevel: 'apply' });
    await fixture.call('addObjective', { moduleId: null, text: 'Gérer un conflit' });
    const sub = await fixture.call('addObjective', { moduleId: module2!.id, text: "Pratiquer l'écoute active" });
    expect(first).toMatchObject({ code: 'O1', moduleId: null, bloomLevel: 'apply' });
    expect(sub).toMatchObject({ code: 'O2.1', moduleId: module2!.id, bloomLevel: null });
    expect(objectivesOf(null)).toEqual(['O1', 'O2']);
  });

  it('does not reuse a code after a deletion', async () => {
    const first = await fixture.call('addObjective', { moduleId: null, text: 'Un' });
    await fixture.call('addObjective', { moduleId: null, text: 'Deux' });
    await fixture.call('deleteObjective', { id: first.id });
    expect((await fixture.call('addObjective', { moduleId: null, text: 'Trois' })).code).toBe('O3');
  });

  it('edits text, code and Bloom level and refuses an empty text or unknown fields', async () => {
    const objective = await fixture.call('addObjective', { moduleId: null, text: 'Comprendre le rôle' });
    const updated = await fixture.call('updateObjective', { id: objective.id, patch: { text: 'Expliquer le rôle du manager', bloomLevel: 'understand', code: 'OG1' } });
    expect(updated).toMatchObject({ text: 'Expliquer le rôle du manager', bloomLevel: 'understand', code: 'OG1' });
    await expect(fixture.call('updateObjective', { id: objective.id, patch: { text: '   ' } })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(fixture.call('updateObjective', { id: objective.id, patch: { moduleId: null } as never })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(fixture.repository.list('objectives')[0]?.text).toBe('Expliquer le rôle du manager');
  });

  it('reorders objectives and moves one into a module', async () => {
    const [module1] = fixture.repository.modules();
    const a = await fixture.call('addObjective', { moduleId: null, text: 'A' });
    await fixture.call('addObjective', { moduleId: null, text: 'B' });
    const c = await fixture.call('addObjective', { moduleId: null, text: 'C' });
    await fixture.call('moveObjective', { id: c.id, moduleId: null, toIndex: 0 });
    expect(objectivesOf(null)).toEqual(['O3', 'O1', 'O2']);
    await fixture.call('moveObjective', { id: a.id, moduleId: module1!.id, toIndex: 0 });
    expect(objectivesOf(null)).toEqual(['O3', 'O2']);
    expect(objectivesOf(module1!.id)).toEqual(['O1']);
  });

  it('says what is missing when the objective or module is unknown', async () => {
    const unknown = '00000000-0000-7000-8000-000000000999';
    await expect(fixture.call('addObjective', { moduleId: unknown, text: 'X' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(fixture.call('deleteObjective', { id: unknown })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/objective/) });
    await expect(fixture.call('addObjective', { moduleId: null, text: '' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('links objectives to capsules and questions, and deleting one removes its links only', async () => {
    const [capsule] = fixture.repository.capsules();
    const kept = await fixture.call('addObjective', { moduleId: null, text: 'Construire une grille' });
    const dropped = await fixture.call('addObjective', { moduleId: null, text: 'Analyser un cas' });
    for (const objective of [kept, dropped]) {
      await fixture.call('setObjectiveLink', { objectiveId: objective.id, target: 'capsule', targetId: capsule!.id, linked: true });
    }
    await fixture.call('setObjectiveLink', { objectiveId: kept.id, target: 'capsule', targetId: capsule!.id, linked: true });
    expect(fixture.repository.capsule(capsule!.id).objectiveIds).toEqual([dropped.id, kept.id]);

    const quiz = await fixture.call('addQuiz', { capsuleId: capsule!.id, title: 'Quiz' });
    const question = await fixture.call('addQuestion', {
      quizId: quiz.id,
      question: { type: 'true-false', prompt: 'Vrai ?', points: 1, feedbackCorrect: '', feedbackIncorrect: '', objectiveIds: [], answer: true },
    });
    await fixture.call('setObjectiveLink', { objectiveId: dropped.id, target: 'question', targetId: question.id, linked: true });
    expect(fixture.repository.question(question.id).objectiveIds).toEqual([dropped.id]);

    await fixture.call('deleteObjective', { id: dropped.id });
    expect(fixture.repository.capsule(capsule!.id).objectiveIds).toEqual([kept.id]);
    expect(fixture.repository.question(question.id).objectiveIds).toEqual([]);

    await fixture.call('setObjectiveLink', { objectiveId: kept.id, target: 'capsule', targetId: capsule!.id, linked: false });
    expect(fixture.repository.capsule(capsule!.id).objectiveIds).toEqual([]);
  });

  it('links an objective to every question of a quiz at once, keeps other links, and unlinks them all', async () => {
    const [capsule] = fixture.repository.capsules();
    const objective = await fixture.call('addObjective', { moduleId: null, text: 'Construire une grille' });
    const other = await fixture.call('addObjective', { moduleId: null, text: 'Analyser un cas' });
    const quiz = await fixture.call('addQuiz', { capsuleId: capsule!.id, title: 'Quiz' });
    const draft = { type: 'true-false' as const, prompt: 'Vrai ?', points: 1, feedbackCorrect: '', feedbackIncorrect: '', answer: true };
    const first = await fixture.call('addQuestion', { quizId: quiz.id, question: { ...draft, objectiveIds: [other.id] } });
    const second = await fixture.call('addQuestion', { quizId: quiz.id, question: { ...draft, objectiveIds: [] } });

    await fixture.call('setQuizObjectiveLink', { quizId: quiz.id, objectiveId: objective.id, linked: true });
    expect(fixture.repository.question(first.id).objectiveIds).toEqual([other.id, objective.id]);
    expect(fixture.repository.question(second.id).objectiveIds).toEqual([objective.id]);

    await fixture.call('setQuizObjectiveLink', { quizId: quiz.id, objectiveId: objective.id, linked: false });
    expect(fixture.repository.question(first.id).objectiveIds).toEqual([other.id]);
    expect(fixture.repository.question(second.id).objectiveIds).toEqual([]);
    await expect(fixture.call('setQuizObjectiveLink', { quizId: capsule!.id, objectiveId: objective.id, linked: true })).rejects.toMatchObject({ code: 'not-found' });
  });
});
