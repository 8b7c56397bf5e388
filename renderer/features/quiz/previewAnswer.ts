import type { PlayerQuestion } from '../../../shared/export/playerData';
import type { LearnerAnswer } from '../../../shared/quiz/learnerAnswer';
import { parseCloze } from '../../../shared/quiz/parseCloze';
import { parseDecimal } from './parseDecimal';

/** What the learner has entered so far in the preview, before it becomes a LearnerAnswer. */
export interface PreviewEntry {
  /** Chosen option indices (single and multiple choice). */
  chosen: number[];
  truth: boolean | null;
  text: string;
  /** What is typed in each blank of a cloze text. */
  blanks: string[];
  /** For each pair (left side, authored order), the index of the right side chosen. */
  matches: Array<number | null>;
  /** Item indices in the order the learner put them. */
  order: number[];
}

export function emptyPreviewEntry(question: PlayerQuestion, shuffledOrder: number[]): PreviewEntry {
  return {
    chosen: [],
    truth: null,
    text: '',
    blanks: question.type === 'cloze' ? parseCloze(question.text).blanks.map(() => '') : [],
    matches: question.type === 'matching' ? question.pairs.map(() => null) : [],
    order: shuffledOrder,
  };
}

/**
 * The answer in the shape the player records and scores (shared/quiz), or the player's message key
 * saying what is missing — so the preview judges exactly as the exported player does.
 */
export function previewAnswer(question: PlayerQuestion, entry: PreviewEntry): LearnerAnswer | 'answerRequired' | 'numberRequired' {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return entry.chosen.length > 0 ? [...entry.chosen].sort((a, b) => a - b) : 'answerRequired';
    case 'true-false':
      return entry.truth ?? 'answerRequired';
    case 'fill-in':
      return entry.text.trim() === '' ? 'answerRequired' : entry.text.trim();
    case 'cloze':
      return entry.blanks.some((text) => text.trim() === '') ? 'answerRequired' : entry.blanks.map((text) => text.trim());
    case 'numeric':
      return entry.text.trim() === '' ? 'numberRequired' : (parseDecimal(entry.text) ?? 'numberRequired');
    case 'matching':
      return entry.matches.every((match) => match !== null) ? [...entry.matches] : 'answerRequired';
    case 'ordering':
      return [...entry.order];
  }
}

/** A shuffled copy of 0…length-1 that is never already in order when it can differ (the player does the same for ordering). */
export function shuffledIndices(length: number, random: () => number = Math.random): number[] {
  const order = Array.from({ length }, (_, index) => index);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  if (order.length > 1 && order.every((item, position) => item === position)) order.push(order.shift() as number);
  return order;
}
