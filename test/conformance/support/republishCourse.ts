import { generateKeyBetween } from 'fractional-indexing';
import { byPosition } from '../../../shared/model/byPosition';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import type { Question } from '../../../shared/model/course';
import { idOf } from '../../shared/export/exportCourseFixture';

/**
 * The course as the designer republishes it: one capsule added at the start of the first module
 * and one question added to the first module's quiz. Everything else keeps its ids.
 */
export function republishCourse(doc: CourseDocument): CourseDocument {
  const firstModule = [...doc.modules].sort(byPosition)[0]!;
  const own = doc.capsules.filter((capsule) => capsule.moduleId === firstModule.id).sort(byPosition);
  const added = { ...own[0]!, id: idOf(70_001), title: 'Capsule ajoutée', position: generateKeyBetween(null, own[0]!.position) };
  const quiz = doc.quizzes.find((candidate) => own.some((capsule) => capsule.id === candidate.capsuleId))!;
  const bank = doc.questions.filter((question) => question.quizId === quiz.id).sort(byPosition);
  const template = bank.find((question) => question.type === 'true-false') ?? bank[0]!;
  const question = { ...template, id: idOf(70_002), prompt: 'Question ajoutée', position: generateKeyBetween(bank.at(-1)!.position, null) } as Question;
  return { ...doc, capsules: [...doc.capsules, added], questions: [...doc.questions, question] };
}
