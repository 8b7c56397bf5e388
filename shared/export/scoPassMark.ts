import type { PlayerQuiz } from './playerData';

/**
 * The one pass mark of a SCO, in percent of its score: what the player judges, the manifest
 * declares (masteryscore, minNormalizedMeasure) and the LMS applies. One quiz: its own pass mark.
 * Several: their mean weighted by the points each can earn, so that passing every quiz always
 * passes the SCO. Floored to two decimals for the same reason.
 */
export function scoPassMark(quizzes: readonly PlayerQuiz[], courseMasteryScore: number): number {
  const asked = quizzes
    .filter((quiz) => quiz.questions.length > 0)
    .map((quiz) => {
      const count = Math.min(quiz.drawCount ?? Infinity, quiz.questions.length);
      const points = quiz.questions.reduce((sum, question) => sum + question.points, 0);
      return { mark: quiz.passingScore, count, points: (points / quiz.questions.length) * count };
    });
  if (asked.length === 0) return courseMasteryScore;
  const byPoints = asked.every((quiz) => quiz.points > 0);
  const weight = (quiz: (typeof asked)[number]) => (byPoints ? quiz.points : quiz.count);
  const total = asked.reduce((sum, quiz) => sum + weight(quiz), 0);
  const mean = asked.reduce((sum, quiz) => sum + quiz.mark * weight(quiz), 0) / total;
  return Math.floor(mean * 100 + 1e-9) / 100;
}
