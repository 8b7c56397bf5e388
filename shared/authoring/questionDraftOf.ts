import type { Question } from '../model/course';
import type { QuestionDraft } from './newQuestionDraft';

/** A stored question as the editor sends it back to updateQuestion: without its id, quiz and place. */
export function questionDraftOf(question: Question): QuestionDraft {
  const { id: _id, quizId: _quizId, position: _position, ...draft } = question;
  return draft as QuestionDraft;
}
