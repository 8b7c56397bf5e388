import type { PlayerQuestion } from '../export/playerData';
import type { Question } from '../model/course';

/** A question as the player (and the editor's learner preview) gets it: without its authoring fields. */
export function playerQuestionOf(question: Question): PlayerQuestion {
  const { quizId: _quizId, position: _position, ...playerQuestion } = question;
  return playerQuestion;
}
