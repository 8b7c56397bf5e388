import type { PlayerQuestion } from '../export/playerData';
import type { LearnerAnswer } from './learnerAnswer';
import { parseCloze } from './parseCloze';

/** The outcome of one answer; the only place where any question type is judged. */
export interface QuestionScore {
  correct: boolean;
  earned: number;
  possible: number;
}

/** Ignores spacing differences and, unless asked, case; keeps accents (they matter in French) unless told not to. */
export function normalizeFreeText(text: string, caseSensitive: boolean, accentSensitive = true): string {
  const spaced = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  // Combining marks listed by range: the player is built for browsers without \p{…} escapes.
  const plain = accentSensitive ? spaced : spaced.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  return caseSensitive ? plain : plain.toLocaleLowerCase();
}

/** For each blank of a cloze question, whether the learner's text is one of its accepted answers. */
export function clozeBlankResults(question: Extract<PlayerQuestion, { type: 'cloze' }>, answer: LearnerAnswer | null | undefined): boolean[] {
  const given = Array.isArray(answer) ? (answer as unknown[]) : [];
  const normalize = (text: string) => normalizeFreeText(text, question.caseSensitive, question.accentSensitive);
  return parseCloze(question.text).blanks.map((accepted, index) => {
    const text = given[index];
    return typeof text === 'string' && normalize(text) !== '' && accepted.some((candidate) => normalize(candidate) === normalize(text));
  });
}

function isIndexList(value: unknown): value is ReadonlyArray<number | null> {
  return Array.isArray(value) && value.every((item) => item === null || (Number.isInteger(item) && item >= 0));
}

function isPermutation(value: LearnerAnswer, length: number): boolean {
  if (!isIndexList(value) || value.length !== length) return false;
  return new Set(value).size === length && value.every((item) => item !== null && item < length);
}

// Floating-point slack so that 0.1 + 0.2 is accepted for 0.3 with a tolerance of 0.
const NUMERIC_EPSILON = 1e-9;

function isCorrect(question: PlayerQuestion, answer: LearnerAnswer): boolean {
  switch (question.type) {
    case 'single-choice': {
      if (!isIndexList(answer) || answer.length !== 1) return false;
      const chosen = answer[0];
      return chosen !== null && chosen !== undefined && question.options[chosen]?.correct === true;
    }
    case 'multiple-choice': {
      if (!isIndexList(answer) || new Set(answer).size !== answer.length) return false;
      const expected = question.options.flatMap((option, index) => (option.correct ? [index] : []));
      return expected.length > 0 && answer.length === expected.length && expected.every((index) => answer.includes(index));
    }
    case 'true-false':
      return typeof answer === 'boolean' && answer === question.answer;
    case 'fill-in': {
      if (typeof answer !== 'string') return false;
      const given = normalizeFreeText(answer, question.caseSensitive);
      return given !== '' && question.acceptedAnswers.some((accepted) => normalizeFreeText(accepted, question.caseSensitive) === given);
    }
    case 'cloze': {
      const results = clozeBlankResults(question, answer);
      return Array.isArray(answer) && answer.length === results.length && results.length > 0 && results.every(Boolean);
    }
    case 'matching':
      return question.pairs.length > 0 && isIndexList(answer) && answer.length === question.pairs.length && answer.every((right, left) => right === left);
    case 'ordering':
      return question.items.length > 0 && isPermutation(answer, question.items.length) && (answer as number[]).every((item, position) => item === position);
    case 'numeric':
      return typeof answer === 'number' && Number.isFinite(answer) && Math.abs(answer - question.answer) <= question.tolerance + NUMERIC_EPSILON;
  }
}

/**
 * Judges one answer against its question. Never throws: an answer of the wrong shape (from a
 * corrupted resume state or a misbehaving LMS) is simply wrong and earns nothing.
 */
export function scoreQuestion(question: PlayerQuestion, answer: LearnerAnswer | null | undefined): QuestionScore {
  const possible = question.points;
  const correct = answer !== null && answer !== undefined && isCorrect(question, answer);
  return { correct, earned: correct ? possible : 0, possible };
}
