import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../../../electron/services/callApi';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

const trueFalse = {
  type: 'true-false' as const,
  prompt: 'Un mot de passe se partage-t-il ?',
  points: 1,
  feedbackCorrect: 'Oui.',
  feedbackIncorrect: 'Non.',
  objectiveIds: [],
  answer: false,
};

async function courseWithQuizCapsule() {
  const { api } = harness;
  await api.createProject({ title: 'Cours', language: 'fr', template: 'blank' });
  const module = await api.addModule({ title: 'Module A' });
  const objective = await api.addObjective({ moduleId: null, text: 'Repérer un courriel piégé' });
  const first = await api.addCapsule({ moduleId: module.id, title: 'Quiz', kind: 'assessment' });
  const last = await api.addCapsule({ moduleId: module.id, title: 'Fin', kind: 'reading' });
  await api.updateCapsule({ id: first.id, patch: { minutesOverride: 7, objectiveIds: [objective.id] } });
  const quiz = await api.addQuiz({ capsuleId: first.id, title: 'Vérifier' });
  const question = await api.addQuestion({ quizId: quiz.id, question: { ...trueFalse, objectiveIds: [objective.id] } });
  return { module, objective, first, last, quiz, question };
}

describe('duplicating outline items', () => {
  it('copies a capsule right after itself with its duration, links, quiz and questions under new ids', async () => {
    harness = createTestServices();
    const { api } = harness;
    const { module, objective, first, last, quiz, question } = await courseWithQuizCapsule();

    const copy = await api.duplicateCapsule({ id: first.id });

    expect(copy.id).not.toBe(first.id);
    const outline = await api.getOutline({});
    expect(outline.modules[0]!.capsules.map((capsule) => capsule.id)).toEqual([first.id, copy.id, last.id]);
    expect(outline.modules[0]!.capsules[1]).toMatchObject({ title: 'Quiz (copie)', kind: 'assessment', minutes: 7 });
    expect(copy.objectiveIds).toEqual([objective.id]);
    const copiedQuiz = await api.getCapsuleQuiz({ capsuleId: copy.id });
    expect(copiedQuiz?.quiz.id).not.toBe(quiz.id);
    expect(copiedQuiz?.quiz.title).toBe('Vérifier');
    expect(copiedQuiz?.questions).toHaveLength(1);
    expect(copiedQuiz?.questions[0]).toMatchObject({ prompt: trueFalse.prompt, objectiveIds: [objective.id] });
    expect(copiedQuiz?.questions[0]!.id).not.toBe(question.id);
    expect((await api.getCapsuleQuiz({ capsuleId: first.id }))?.questions.map((q) => q.id)).toEqual([question.id]);
    expect(module.id).toBe(copy.moduleId);

    await api.updateCourse({ patch: { language: 'en' } });
    expect((await api.duplicateCapsule({ id: first.id })).title).toBe('Quiz (copy)');
  });

  it('copies a module right after itself with all its capsules, and undo removes the whole copy', async () => {
    harness = createTestServices();
    const { api } = harness;
    const { module } = await courseWithQuizCapsule();
    const other = await api.addModule({ title: 'Module B' });
    const before = await api.getCourseDocument({});

    const copy = await api.duplicateModule({ id: module.id });

    const outline = await api.getOutline({});
    expect(outline.modules.map((item) => item.id)).toEqual([module.id, copy.id, other.id]);
    expect(outline.modules[1]!.title).toBe('Module A (copie)');
    expect(outline.modules[1]!.capsules.map((capsule) => capsule.title)).toEqual(['Quiz', 'Fin']);
    expect((await api.getCourseDocument({})).questions).toHaveLength(2);

    const step = await api.undo({});
    expect(step.label).toBe('duplicateModule');
    expect(await api.getCourseDocument({})).toEqual(before);
  });

  it('says which item is missing when asked to duplicate one that does not exist', async () => {
    harness = createTestServices();
    const { api } = harness;
    await api.createProject({ title: 'Cours', language: 'fr', template: 'blank' });
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const method of ['duplicateCapsule', 'duplicateModule'] as const) {
      const result = await callApi(api, method, { id: missing });
      expect(result, method).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining(missing) } });
    }
  });
});
