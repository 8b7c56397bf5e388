import { describe, expect, it } from 'vitest';
import type { PlayerQuiz } from '../../../shared/export/playerData';
import { scoPassMark } from '../../../shared/export/scoPassMark';
import { mixedQuestions } from '../../scorm-templates/playerDataFixture';

const quiz = (passingScore: number, points: number[], drawCount: number | null = null): PlayerQuiz => ({
  id: `q${passingScore}`,
  title: '',
  passingScore,
  shuffle: false,
  drawCount,
  feedbackPassed: '',
  feedbackFailed: '',
  questions: points.map((value, index) => ({ ...mixedQuestions(1)[index % 7]!, id: `id${index}`, points: value })),
});

describe('the SCO pass mark', () => {
  it('is the quiz’s own pass mark when the SCO has one quiz, whatever the course’s', () => {
    expect(scoPassMark([quiz(50, [1, 1, 1])], 70)).toBe(50);
  });

  it('is the course’s mastery score when the SCO has no quiz', () => {
    expect(scoPassMark([], 70)).toBe(70);
  });

  it('weights several quizzes by the points they can earn (draws included), floored so that passing each passes the SCO', () => {
    // 50 % of 3 points and 80 % of 6 points (3 drawn of 6 two-point questions): (150 + 480) / 9 = 70.
    expect(scoPassMark([quiz(50, [1, 1, 1]), quiz(80, [2, 2, 2, 2, 2, 2], 3)], 60)).toBe(70);
    expect(scoPassMark([quiz(50, [1, 1, 1]), quiz(100, [1, 1, 1, 1, 1, 1])], 60)).toBe(83.33);
  });
});
