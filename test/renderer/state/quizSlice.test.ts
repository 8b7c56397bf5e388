import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newQuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import { questionDraftOf } from '../../../shared/authoring/questionDraftOf';
import { createAppStore, type AppStore } from '../../../renderer/state/appStore';
import { createTestServices } from '../../electron/services/serviceHarness';

const TEXTS = { prompt: 'Nouvelle question', option: (n: number) => `Réponse ${n}`, pairLeft: (n: number) => `Terme ${n}`, pairRight: (n: number) => `Définition ${n}`, answer: 'réponse', clozeText: 'Le manager [écoute].' };

let harness: ReturnType<typeof createTestServices>;
let store: AppStore;
let capsuleId: string;

beforeEach(async () => {
  harness = createTestServices();
  store = createAppStore(harness.api);
  await store.getState().createProject({ title: 'Quiz', language: 'fr', template: 'four-weekly-modules' });
  const moduleId = store.getState().outline!.modules[0]!.id;
  capsuleId = (await store.getState().addCapsule(moduleId, 'Évaluation de la semaine', 'assessment'))!;
});

afterEach(() => harness.cleanup());

describe('quiz slice (on the real services)', () => {
  it('lists no quiz for a new assessment, creates it, and shows what the backend holds after every edit', async () => {
    await store.getState().loadQuizSummaries();
    expect(store.getState().quizSummaries?.[capsuleId]).toBeUndefined();
    await store.getState().openCapsuleQuiz(capsuleId);
    expect(store.getState().openQuiz).toBeNull();

    expect(await store.getState().addQuiz(capsuleId, 'Évaluation de la semaine')).toBe(true);
    expect(store.getState().openQuiz?.quiz).toMatchObject({ capsuleId, title: 'Évaluation de la semaine', drawCount: null });
    expect(store.getState().saveStatus).toBe('saved');

    const first = await store.getState().addQuestion(newQuestionDraft('numeric', TEXTS));
    const second = await store.getState().addQuestion(newQuestionDraft('true-false', TEXTS), first);
    expect(store.getState().openQuiz?.questions.map((question) => question.type)).toEqual(['numeric', 'true-false']);
    expect(store.getState().quizSummaries?.[capsuleId]?.questionCount).toBe(2);

    const numeric = store.getState().openQuiz!.questions[0]!;
    await store.getState().updateQuestion(numeric.id, { ...questionDraftOf(numeric), type: 'numeric', answer: 7.5, tolerance: 0.5 } as never);
    expect(store.getState().openQuiz?.questions[0]).toMatchObject({ answer: 7.5, tolerance: 0.5 });

    await store.getState().moveQuestion(second!, 0);
    expect(store.getState().openQuiz?.questions.map((question) => question.id)).toEqual([second, first]);
    const copy = await store.getState().duplicateQuestion(second!);
    expect(store.getState().openQuiz?.questions.map((question) => question.id)).toEqual([second, copy, first]);

    await store.getState().updateQuiz({ drawCount: 2, feedbackPassed: 'Bravo' });
    expect(store.getState().openQuiz?.quiz).toMatchObject({ drawCount: 2, feedbackPassed: 'Bravo' });

    store.getState().select({ kind: 'question', id: copy! });
    await store.getState().deleteQuestion(copy!);
    expect(store.getState().openQuiz?.questions).toHaveLength(2);
    expect(store.getState().selection).toBeNull();
  });

  it('shows a refused edit as failed and keeps the quiz as the backend has it', async () => {
    await store.getState().addQuiz(capsuleId, 'Q');
    await store.getState().updateQuiz({ passingScore: 140 } as never);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().error?.message).toMatch(/passingScore/);
    expect(store.getState().openQuiz?.quiz.passingScore).toBeNull();
  });

  it('forgets the open quiz when another project is opened', async () => {
    await store.getState().addQuiz(capsuleId, 'Q');
    await store.getState().createProject({ title: 'Autre', language: 'fr', template: 'blank' });
    expect(store.getState().openQuiz).toBeNull();
    expect(store.getState().quizCapsuleId).toBeNull();
  });
});
