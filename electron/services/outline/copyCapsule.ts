import { copyOf as copyQuestion } from '../authoring/quizCalls';
import type { Capsule } from '../../../shared/model/course';
import { newId } from '../../../shared/model/ids';
import type { CourseRepository } from '../project/courseRepository';
import { courseRows } from '../project/courseRows';
import { preparedStatement } from '../project/preparedStatement';

/**
 * Inserts a copy of `original` (content, kind, durations, objective links) into moduleId at position,
 * with copies of its quiz and questions under fresh ids. Runs inside the caller's transaction.
 */
export function copyCapsule(repository: CourseRepository, original: Capsule, moduleId: string, position: string): Capsule {
  const copy: Capsule = { ...original, id: newId(), moduleId, position };
  repository.insertCapsule(copy);
  const quizRows = preparedStatement(repository.db, 'SELECT * FROM quizzes WHERE capsule_id = ?').all(original.id) as Record<string, unknown>[];
  if (quizRows.length === 0) return copy;
  const questions = repository.questions();
  for (const row of quizRows) {
    const quiz = courseRows.quizzes.fromRow(row);
    const quizCopy = { ...quiz, id: newId(), capsuleId: copy.id };
    courseRows.quizzes.insert(repository.db, quizCopy);
    for (const question of questions.filter((candidate) => candidate.quizId === quiz.id)) {
      repository.insertQuestion({ ...copyQuestion(question, question.position), quizId: quizCopy.id });
    }
  }
  return copy;
}
