import { byPosition } from '../../../shared/model/byPosition';
import { CourseDocumentSchema, type CourseDocument } from '../../../shared/model/courseDocument';
import type { Language, Question } from '../../../shared/model/course';
import type { RichTextNode } from '../../../shared/model/richText';
import { loadSampleCourse } from './writePackageFolders';

/**
 * A small real course cut from the OPTIMANAGER sample, quick to play in every version and mode:
 * its last two modules, each with the capsule showing an image and its last quiz, each quiz keeping
 * one question of each type (between them every question type the player knows).
 */
export function compactSample(): CourseDocument {
  const doc = loadSampleCourse();
  const modules = [...doc.modules].sort(byPosition).slice(-2);
  const moduleIds = new Set(modules.map((module) => module.id));
  const quizOf = (capsuleId: string) => doc.quizzes.find((quiz) => quiz.capsuleId === capsuleId);
  const capsules = modules.flatMap((module) => {
    const own = doc.capsules.filter((capsule) => capsule.moduleId === module.id).sort(byPosition);
    const reading = own.find((capsule) => JSON.stringify(capsule.content).includes('"image"')) ?? own[0];
    const assessed = own.filter((capsule) => quizOf(capsule.id)).at(-1);
    return [reading, assessed].filter((capsule) => capsule !== undefined);
  });
  const quizzes = capsules.flatMap((capsule) => quizOf(capsule.id) ?? []);
  const questions = quizzes.flatMap((quiz) => {
    const seen = new Set<Question['type']>();
    return doc.questions
      .filter((question) => question.quizId === quiz.id)
      .sort(byPosition)
      .filter((question) => !seen.has(question.type) && seen.add(question.type));
  });
  const objectives = doc.objectives.filter((objective) => objective.moduleId === null || moduleIds.has(objective.moduleId));
  const objectiveIds = new Set(objectives.map((objective) => objective.id));
  const keepObjectives = (ids: string[]) => ids.filter((id) => objectiveIds.has(id));
  return CourseDocumentSchema.parse({
    ...doc,
    modules,
    capsules: capsules.map((capsule) => ({ ...capsule, objectiveIds: keepObjectives(capsule.objectiveIds) })),
    quizzes,
    questions: questions.map((question) => ({ ...question, objectiveIds: keepObjectives(question.objectiveIds) })),
    objectives,
    liveSessions: doc.liveSessions.filter((session) => session.moduleId === null || moduleIds.has(session.moduleId)),
  });
}

/**
 * The compact sample in `language` whose first capsule holds what `content` makes of it (given the
 * course, for its media, and the capsule's own content): a course built around the blocks under test.
 */
export function compactSampleWithFirstCapsule(language: Language, content: (doc: CourseDocument, own: RichTextNode[]) => RichTextNode[]): CourseDocument {
  const doc = compactSample();
  doc.course.language = language;
  const first = [...doc.capsules].sort(byPosition)[0]!;
  first.content = { type: 'doc', content: content(doc, first.content.content ?? []) };
  return CourseDocumentSchema.parse(doc);
}
