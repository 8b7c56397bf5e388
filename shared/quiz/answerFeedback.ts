import type { PlayerQuestion } from '../export/playerData';
import type { LearnerAnswer } from './learnerAnswer';

/** The feedback texts a learner reads after answering: right or wrong, then those of the options chosen. */
export function answerFeedback(question: PlayerQuestion, answer: LearnerAnswer, correct: boolean): string[] {
  const chosen =
    (question.type === 'single-choice' || question.type === 'multiple-choice') && Array.isArray(answer)
      ? answer.map((index) => (index === null ? '' : (question.options[index]?.feedback ?? '')))
      : [];
  return [correct ? question.feedbackCorrect : question.feedbackIncorrect, ...chosen].filter((text) => text.trim() !== '');
}
