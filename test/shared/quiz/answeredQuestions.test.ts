import { describe, expect, it } from 'vitest';
import { answeredQuestionCount, questionsPerCapsule } from '../../../shared/quiz/answeredQuestions';

describe('questions a learner answers', () => {
  it('is the whole quiz without a draw, the draw for a bank, and never more than the bank holds', () => {
    expect(answeredQuestionCount({ drawCount: null }, 10)).toBe(10);
    expect(answeredQuestionCount({ drawCount: 2 }, 10)).toBe(2);
    expect(answeredQuestionCount({ drawCount: 12 }, 10)).toBe(10);
  });

  it('counts per capsule through its quiz, a bank counting its draw', () => {
    const questions = Array.from({ length: 10 }, (_, n) => ({ quizId: n < 7 ? 'bank' : 'plain' }));
    const counts = questionsPerCapsule({
      quizzes: [
        { id: 'bank', capsuleId: 'c1', drawCount: 2 },
        { id: 'plain', capsuleId: 'c2', drawCount: null },
        { id: 'empty', capsuleId: 'c3', drawCount: 4 },
      ],
      questions,
    } as never);
    expect(Object.fromEntries(counts)).toEqual({ c1: 2, c2: 3, c3: 0 });
  });
});
