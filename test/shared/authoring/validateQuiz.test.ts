import { describe, expect, it } from 'vitest';
import { newQuestionDraft, type DraftTexts } from '../../../shared/authoring/newQuestionDraft';
import { validateQuestion } from '../../../shared/authoring/validateQuestion';
import { validateQuiz } from '../../../shared/authoring/validateQuiz';
import { QUESTION_TYPES, QuestionSchema, type Question, type Quiz } from '../../../shared/model/course';
import { newId } from '../../../shared/model/ids';

const texts: DraftTexts = {
  prompt: 'Question ?',
  option: (n) => `Réponse ${n}`,
  pairLeft: (n) => `Terme ${n}`,
  pairRight: (n) => `Définition ${n}`,
  answer: 'réponse',
  clozeText: 'Le manager [écoute] puis il [reformule].',
};
const quizId = newId();

function question(draft: object, overrides: object = {}): Question {
  return QuestionSchema.parse({ ...draft, id: newId(), quizId, position: 'a0', feedbackCorrect: 'Bravo', ...overrides });
}

const quiz: Quiz = {
  id: quizId,
  capsuleId: newId(),
  title: 'Quiz',
  passingScore: null,
  shuffle: true,
  drawCount: null,
  feedbackPassed: 'Réussi',
  feedbackFailed: 'À revoir',
};

describe('newQuestionDraft', () => {
  it('knows every question type of the model, in its order', () => {
    expect(QUESTION_TYPES).toEqual(QuestionSchema.options.map((option) => option.shape.type.value));
  });

  it('starts every question type valid, with nothing but the feedback missing', () => {
    for (const type of QUESTION_TYPES) {
      const fresh = QuestionSchema.parse({ ...newQuestionDraft(type, texts), id: newId(), quizId, position: 'a0' });
      expect(validateQuestion(fresh), type).toEqual([{ code: 'missing-feedback', severity: 'warning' }]);
    }
  });
});

describe('validateQuestion', () => {
  it('rejects a single-choice question with no or several right answers', () => {
    const draft = newQuestionDraft('single-choice', texts);
    if (draft.type !== 'single-choice') throw new Error('unexpected type');
    const none = question(draft, { options: draft.options.map((option) => ({ ...option, correct: false })) });
    expect(validateQuestion(none)).toContainEqual({ code: 'no-correct-option', severity: 'error' });
    const two = question(draft, { options: draft.options.map((option, index) => ({ ...option, correct: index < 2 })) });
    expect(validateQuestion(two)).toEqual([{ code: 'several-correct-in-single-choice', severity: 'error', correctCount: 2 }]);
  });

  it('rejects a choice with fewer than two options or the same option twice', () => {
    const draft = newQuestionDraft('multiple-choice', texts);
    if (draft.type !== 'multiple-choice') throw new Error('unexpected type');
    const [first] = draft.options;
    const lonely = question(draft, { options: [first] });
    expect(validateQuestion(lonely)).toEqual([{ code: 'too-few-options', severity: 'error', minimum: 2 }]);
    const twice = question(draft, { options: [first, { ...first, id: newId(), text: ' réponse 1 ' }] });
    expect(validateQuestion(twice)).toContainEqual({ code: 'duplicate-options', severity: 'error', text: 'réponse 1' });
  });

  it('rejects a cloze with no blank, an empty blank or more blanks than SCORM can report', () => {
    const cloze = newQuestionDraft('cloze', texts);
    expect(validateQuestion(question(cloze, {})).filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(validateQuestion(question(cloze, { text: 'Aucun trou.' }))).toContainEqual({ code: 'no-blank', severity: 'error' });
    expect(validateQuestion(question(cloze, { text: 'Un [trou] et [ | ].' }))).toContainEqual({ code: 'empty-blank', severity: 'error', blank: 2 });
    expect(validateQuestion(question(cloze, { text: '[a] '.repeat(11) }))).toContainEqual({ code: 'too-many-blanks', severity: 'error', maximum: 10 });
  });

  it('rejects fill-in without an accepted answer, and ambiguous matching and ordering', () => {
    expect(validateQuestion(question(newQuestionDraft('fill-in', texts), { acceptedAnswers: [] }))).toEqual([
      { code: 'no-accepted-answer', severity: 'error' },
    ]);
    const matching = newQuestionDraft('matching', texts);
    if (matching.type !== 'matching') throw new Error('unexpected type');
    const sameRight = matching.pairs.map((pair) => ({ ...pair, right: 'Même' }));
    expect(validateQuestion(question(matching, { pairs: sameRight }))).toEqual([{ code: 'duplicate-match', severity: 'error', text: 'Même' }]);
    expect(validateQuestion(question(matching, { pairs: matching.pairs.slice(0, 1) }))).toEqual([
      { code: 'too-few-pairs', severity: 'error', minimum: 2 },
    ]);
    const ordering = newQuestionDraft('ordering', texts);
    if (ordering.type !== 'ordering') throw new Error('unexpected type');
    expect(validateQuestion(question(ordering, { items: ordering.items.slice(0, 1) }))).toEqual([
      { code: 'too-few-items', severity: 'error', minimum: 2 },
    ]);
  });

  it('counts per-option feedback as feedback and warns on a question worth nothing', () => {
    const draft = newQuestionDraft('single-choice', texts);
    if (draft.type !== 'single-choice') throw new Error('unexpected type');
    const optionFeedback = question(draft, {
      feedbackCorrect: '',
      points: 0,
      options: draft.options.map((option) => ({ ...option, feedback: 'Parce que…' })),
    });
    expect(validateQuestion(optionFeedback)).toEqual([{ code: 'no-points', severity: 'warning' }]);
  });
});

describe('validateQuiz', () => {
  it('flags an empty quiz and a draw larger than the bank', () => {
    expect(validateQuiz({ ...quiz, drawCount: 2 }, [], 80)).toEqual({
      quizIssues: [
        { code: 'empty-quiz', severity: 'error' },
        { code: 'draw-exceeds-bank', severity: 'warning', count: 2, bankSize: 0 },
      ],
      questionIssues: {},
      playable: false,
    });
  });

  it('is playable with warnings only, and lists issues under each question', () => {
    const ok = question(newQuestionDraft('true-false', texts));
    const silent = question(newQuestionDraft('numeric', texts), { feedbackCorrect: '' });
    const result = validateQuiz({ ...quiz, feedbackPassed: '', feedbackFailed: '', drawCount: 2 }, [ok, silent], 80);
    expect(result.playable).toBe(true);
    expect(result.quizIssues).toEqual([{ code: 'missing-overall-feedback', severity: 'warning' }]);
    expect(result.questionIssues).toEqual({ [silent.id]: [{ code: 'missing-feedback', severity: 'warning' }] });
  });

  it('sees that nobody can pass when no question is worth a point', () => {
    const zero = question(newQuestionDraft('true-false', texts), { points: 0 });
    expect(validateQuiz(quiz, [zero], 80).quizIssues).toContainEqual({ code: 'unpassable', severity: 'error' });
    expect(validateQuiz({ ...quiz, passingScore: 0 }, [zero], 80).playable).toBe(true);
  });
});
