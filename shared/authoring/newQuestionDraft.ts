import type { Question, QuestionType } from '../model/course';
import { newId } from '../model/ids';

/** A question before the store gives it its place: everything but id, quizId and position. */
export type QuestionDraft = Question extends infer Q ? (Q extends Question ? Omit<Q, 'id' | 'quizId' | 'position'> : never) : never;

/** Starter texts in the designer's language (the caller takes them from the quiz catalog). */
export interface DraftTexts {
  prompt: string;
  /** Label of the n-th (1-based) option, pair side or item. */
  option: (n: number) => string;
  pairLeft: (n: number) => string;
  pairRight: (n: number) => string;
  answer: string;
  /** A sentence with two blanks in the cloze markup ("[answer|other]"). */
  clozeText: string;
}

/** A playable starting point for each question type, so a new question never starts invalid. */
export function newQuestionDraft<T extends QuestionType>(type: T, texts: DraftTexts): Extract<QuestionDraft, { type: T }> {
  return draftOf(type, texts) as Extract<QuestionDraft, { type: T }>;
}

function draftOf(type: QuestionType, texts: DraftTexts): QuestionDraft {
  const base = { prompt: texts.prompt, points: 1, feedbackCorrect: '', feedbackIncorrect: '', objectiveIds: [] };
  const option = (n: number, correct: boolean) => ({ id: newId(), text: texts.option(n), correct, feedback: '' });
  switch (type) {
    case 'single-choice':
      return { ...base, type, options: [option(1, true), option(2, false), option(3, false)] };
    case 'multiple-choice':
      return { ...base, type, options: [option(1, true), option(2, true), option(3, false)] };
    case 'true-false':
      return { ...base, type, answer: true };
    case 'fill-in':
      return { ...base, type, acceptedAnswers: [texts.answer], caseSensitive: false };
    case 'cloze':
      return { ...base, type, text: texts.clozeText, caseSensitive: false, accentSensitive: true };
    case 'matching':
      return {
        ...base,
        type,
        pairs: [1, 2, 3].map((n) => ({ id: newId(), left: texts.pairLeft(n), right: texts.pairRight(n) })),
      };
    case 'ordering':
      return { ...base, type, items: [1, 2, 3].map((n) => ({ id: newId(), text: texts.option(n) })) };
    case 'numeric':
      return { ...base, type, answer: 0, tolerance: 0 };
  }
}
