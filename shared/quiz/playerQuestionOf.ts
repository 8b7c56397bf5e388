import type { PlayerQuestion } from '../export/playerData';
import type { Question } from '../model/course';
import { memoizeFrozen } from '../model/memoizeFrozen';

/** A question as the player (and the editor's learner preview) gets it: without its authoring fields. */
export const playerQuestionOf: (question: Question) => PlayerQuestion = memoizeFrozen((question: Question) => {
  const { quizId: _quizId, position: _position, ...playerQuestion } = question;
  return playerQuestion;
});
