import type { Capsule, MediaAsset, Module, Question, Quiz } from '../model/course';
import { byPosition, type CourseDocument } from '../model/courseDocument';

/** A course document's tree in reading order, with lookups the export needs. */
export interface CourseIndex {
  modules: Module[];
  capsulesOf(moduleId: string): Capsule[];
  quizOf(capsuleId: string): Quiz | undefined;
  questionsOf(quizId: string): Question[];
  mediaById: ReadonlyMap<string, MediaAsset>;
}

export function indexCourse(doc: CourseDocument): CourseIndex {
  const capsulesByModule = groupSorted(doc.capsules, (capsule) => capsule.moduleId);
  const questionsByQuiz = groupSorted(doc.questions, (question) => question.quizId);
  // Quizzes in id order so that, should a capsule hold two, the choice never depends on storage order.
  const quizByCapsule = new Map<string, Quiz>();
  for (const quiz of [...doc.quizzes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!quizByCapsule.has(quiz.capsuleId)) quizByCapsule.set(quiz.capsuleId, quiz);
  }
  return {
    modules: [...doc.modules].sort(byPosition),
    capsulesOf: (moduleId) => capsulesByModule.get(moduleId) ?? [],
    quizOf: (capsuleId) => quizByCapsule.get(capsuleId),
    questionsOf: (quizId) => questionsByQuiz.get(quizId) ?? [],
    mediaById: new Map(doc.media.map((asset) => [asset.id, asset])),
  };
}

function groupSorted<T extends { position: string }>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  for (const group of groups.values()) group.sort(byPosition);
  return groups;
}
