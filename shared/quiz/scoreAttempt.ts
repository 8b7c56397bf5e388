import type { PlayerQuestion } from '../export/playerData';
import type { LearnerAnswer } from './learnerAnswer';
import { scoreQuestion } from './scoreQuestion';

/** A quiz attempt's result, as reported to the LMS and shown to the learner. */
export interface AttemptScore {
  earned: number;
  possible: number;
  correctCount: number;
  questionCount: number;
  /** 0–100, rounded to two decimals. */
  percent: number;
  passed: boolean;
}

/**
 * Scores a set of questions and their answers (same order; a missing answer counts as wrong).
 * When every question is worth 0 points, each counts as one so that the percent still means something.
 */
export function scoreAttempt(questions: readonly PlayerQuestion[], answers: ReadonlyArray<LearnerAnswer | null | undefined>, passingPercent: number): AttemptScore {
  const scores = questions.map((question, index) => scoreQuestion(question, answers[index]));
  const correctCount = scores.filter((score) => score.correct).length;
  let earned = scores.reduce((sum, score) => sum + score.earned, 0);
  let possible = scores.reduce((sum, score) => sum + score.possible, 0);
  if (possible === 0) {
    earned = correctCount;
    possible = questions.length;
  }
  const percent = possible === 0 ? 0 : Math.round((earned / possible) * 10_000) / 100;
  return { earned, possible, correctCount, questionCount: questions.length, percent, passed: possible > 0 && percent >= passingPercent };
}
