import { describe, expect, it } from 'vitest';
import { scoreAttempt } from '../../../shared/quiz/scoreAttempt';
import { questionsByType as q } from './questionFixtures';

describe('scoreAttempt', () => {
  const questions = [q.single, q.trueFalse, q.numeric, q.ordering];

  it('sums points and passes at the pass mark', () => {
    const score = scoreAttempt(questions, [[1], false, 7, [2, 1, 0]], 75);
    expect(score).toEqual({ earned: 6, possible: 8, correctCount: 3, questionCount: 4, percent: 75, passed: true });
    expect(scoreAttempt(questions, [[1], false, 7, [2, 1, 0]], 76).passed).toBe(false);
  });

  it('counts unanswered questions as wrong', () => {
    expect(scoreAttempt(questions, [[1]], 50)).toMatchObject({ earned: 2, percent: 25, passed: false });
  });

  it('counts each question as one point when all are worth zero', () => {
    const free = questions.map((question) => ({ ...question, points: 0 }));
    expect(scoreAttempt(free, [[1], true], 50)).toMatchObject({ earned: 1, possible: 4, percent: 25 });
  });

  it('never passes an empty quiz', () => {
    expect(scoreAttempt([], [], 0)).toMatchObject({ percent: 0, passed: false });
  });
});
