import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newQuestionDraft, type DraftTexts } from '../../../../shared/authoring/newQuestionDraft';
import { QUESTION_TYPES } from '../../../../shared/model/course';
import { type AuthoringFixture, openAuthoringFixture } from './authoringFixture';

const texts: DraftTexts = {
  prompt: 'Que faites-vous ?',
  option: (n) => `Choix ${n}`,
  pairLeft: (n) => `Terme ${n}`,
  pairRight: (n) => `Sens ${n}`,
  answer: 'écoute',
  clozeText: 'Le manager [écoute] puis il [reformule].',
};

let fixture: AuthoringFixture;
let capsuleId: string;
beforeEach(async () => {
  fixture = await openAuthoringFixture();
  capsuleId = fixture.repository.capsules()[3]!.id;
});
afterEach(() => fixture.close());

describe('quizzes', () => {
  it('gives a capsule one quiz, with its settings, and refuses a second', async () => {
    expect(await fixture.call('getCapsuleQuiz', { capsuleId })).toBeNull();
    const quiz = await fixture.call('addQuiz', { capsuleId, title: 'Quiz du module 1' });
    const updated = await fixture.call('updateQuiz', {
      id: quiz.id,
      patch: { passingScore: 70, shuffle: false, drawCount: 2, feedbackPassed: 'Bravo', feedbackFailed: 'Revoyez la capsule 2' },
    });
    expect(updated).toMatchObject({ passingScore: 70, shuffle: false, drawCount: 2, capsuleId });
    await expect(fixture.call('addQuiz', { capsuleId, title: 'Autre' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(fixture.call('updateQuiz', { id: quiz.id, patch: { passingScore: 120 } })).rejects.toMatchObject({ code: 'invalid-input' });
    expect((await fixture.call('getCapsuleQuiz', { capsuleId }))?.quiz.passingScore).toBe(70);
  });

  it('stores a question of each of the seven types and reads them back in order', async () => {
    const quiz = await fixture.call('addQuiz', { capsuleId, title: 'Quiz' });
    for (const type of QUESTION_TYPES) {
      await fixture.call('addQuestion', { quizId: quiz.id, question: { ...newQuestionDraft(type, texts), feedbackCorrect: `Bien (${type})` } });
    }
    const stored = await fixture.call('getCapsuleQuiz', { capsuleId });
    expect(stored?.questions.map((question) => question.type)).toEqual(QUESTION_TYPES);
    expect(stored?.questions.every((question) => question.feedbackCorrect.startsWith('Bien'))).toBe(true);
  });

  it('changes a question, even its type, while it keeps its place', async () => {
    const quiz = await fixture.call('addQuiz', { capsuleId, title: 'Quiz' });
    const first = await fixture.call('addQuestion', { quizId: quiz.id, question: newQuestionDraft('single-choice', texts) });
    await fixture.call('addQuestion', { quizId: quiz.id, question: newQuestionDraft('true-false', texts) });
    const numeric = await fixture.call('updateQuestion', {
      id: first.id,
      question: { ...newQuestionDraft('numeric', texts), prompt: 'Combien de minutes ?', answer: 7, tolerance: 1 },
    });
    expect(numeric).toMatchObject({ id: first.id, type: 'numeric', answer: 7, tolerance: 1, position: first.position });
    const stored = await fixture.call('getCapsuleQuiz', { capsuleId });
    expect(stored?.questions.map((question) => question.type)).toEqual(['numeric', 'true-false']);
  });

  it('refuses a malformed question and leaves the stored one as it was', async () => {
    const quiz = await fixture.call('addQuiz', { capsuleId, title: 'Quiz' });
    const question = await fixture.call('addQuestion', { quizId: quiz.id, question: newQuestionDraft('numeric', texts) });
    await expect(
      fixture.call('updateQuestion', { id: question.id, question: { ...newQuestionDraft('numeric', texts), tolerance: -1 } }),
    ).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/tolerance/) });
    await expect(
      fixture.call('updateQuestion', { id: question.id, question: { ...newQuestionDraft('true-false', texts), options: [] } as never }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      fixture.call('addQuestion', { quizId: quiz.id, question: { ...newQuestionDraft('true-false', texts), objectiveIds: ['00000000-0000-7000-8000-000000000999'] } }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await fixture.call('getCapsuleQuiz', { capsuleId }))?.questions).toEqual([question]);
  });

  it('inserts after a question, moves, duplicates with fresh ids, and deletes', async () => {
    const quiz = await fixture.call('addQuiz', { capsuleId, title: 'Quiz' });
    const a = await fixture.call('addQuestion', { quizId: quiz.id, question: { ...newQuestionDraft('single-choice', texts), prompt: 'A' } });
    const c = await fixture.call('addQuestion', { quizId: quiz.id, question: { ...newQuestionDraft('true-false', texts), prompt: 'C' } });
    await fixture.call('addQuestion', { quizId: quiz.id, question: { ...newQuestionDraft('true-false', texts), prompt: 'B' }, afterQuestionId: a.id });
    const prompts = async () => (await fixture.call('getCapsuleQuiz', { capsuleId }))?.questions.map((question) => question.prompt);
    expect(await prompts()).toEqual(['A', 'B', 'C']);

    await fixture.call('moveQuestion', { id: c.id, toIndex: 0 });
    expect(await prompts()).toEqual(['C', 'A', 'B']);

    const copy = await fixture.call('duplicateQuestion', { id: a.id });
    expect(await prompts()).toEqual(['C', 'A', 'A', 'B']);
    if (copy.type !== 'single-choice' || a.type !== 'single-choice') throw new Error('unexpected type');
    expect(copy.id).not.toBe(a.id);
    expect(copy.options.map((option) => option.id)).not.toEqual(a.options.map((option) => option.id));
    expect(copy.options.map((option) => option.text)).toEqual(a.options.map((option) => option.text));

    await fixture.call('deleteQuestion', { id: a.id });
    expect(await prompts()).toEqual(['C', 'A', 'B']);
    await fixture.call('deleteQuiz', { id: quiz.id });
    expect(await fixture.call('getCapsuleQuiz', { capsuleId })).toBeNull();
    expect(fixture.repository.questions()).toEqual([]);
  });
});
