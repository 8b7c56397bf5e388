import { describe, expect, it } from 'vitest';
import { questionDraftOf } from '../../../shared/authoring/questionDraftOf';
import { QuestionDraftSchema } from '../../../shared/api/authoringCalls';
import { answerFeedback } from '../../../shared/quiz/answerFeedback';
import { playerQuestionOf } from '../../../shared/quiz/playerQuestionOf';
import type { Question } from '../../../shared/model/course';
import { questionsByType } from './questionFixtures';

const QUIZ_ID = '00000000-0000-7000-8000-000000000999';
const stored = (question: (typeof questionsByType)[keyof typeof questionsByType]): Question => ({ ...question, quizId: QUIZ_ID, position: 'a0' }) as Question;

describe('a question as the learner and the editor get it', () => {
  it('drops only the authoring fields for the player, and only id, quiz and place for the editor', () => {
    for (const question of Object.values(questionsByType)) {
      expect(playerQuestionOf(stored(question))).toEqual(question);
      const draft = questionDraftOf(stored(question));
      expect(draft).not.toHaveProperty('id');
      expect(draft).not.toHaveProperty('position');
      expect(QuestionDraftSchema.safeParse(draft).success).toBe(true);
    }
  });

  it('gives the right-or-wrong feedback, then the feedback of each option chosen', () => {
    const question = {
      ...questionsByType.multiple,
      feedbackCorrect: 'Exact.',
      feedbackIncorrect: 'Pas tout à fait.',
      options: questionsByType.multiple.options.map((option, index) => ({ ...option, feedback: index === 1 ? '' : `Option ${index}` })),
    };
    expect(answerFeedback(question, [0, 2], true)).toEqual(['Exact.', 'Option 0', 'Option 2']);
    expect(answerFeedback(question, [1], false)).toEqual(['Pas tout à fait.']);
    expect(answerFeedback({ ...questionsByType.numeric, feedbackIncorrect: '  ' }, 3, false)).toEqual([]);
  });
});
