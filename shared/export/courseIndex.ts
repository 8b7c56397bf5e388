import type { Capsule, MediaAsset, Module, Question, Quiz } from '../model/course';
import { byPosition } from '../model/byPosition';
import { groupBy } from '../model/groupBy';
import type { CourseDocument } from '../model/courseDocument';
import { memoizeFrozen } from '../model/memoizeFrozen';

/** A course document's tree in reading order, with lookups the export needs. */
export interface CourseIndex {
  modules: Module[];
  capsulesOf(moduleId: string): Capsule[];
  quizOf(capsuleId: string): Quiz | undefined;
  questionsOf(quizId: string): Question[];
  mediaById: ReadonlyMap<string, MediaAsset>;
}

export const indexCourse: (doc: CourseDocument) => CourseIndex = memoizeFrozen(buildCourseIndex);

// Each part is kept per (frozen) list: after an edit, the lists that did not change are the same
// objects in the next document (see memoizeFrozen), and their part of the index is not rebuilt.
const capsulesByModuleOf = memoizeFrozen((capsules: Capsule[]) => groupSorted(capsules, (capsule) => capsule.moduleId));
const questionsByQuizOf = memoizeFrozen((questions: Question[]) => groupSorted(questions, (question) => question.quizId));
const sortedModulesOf = memoizeFrozen((modules: Module[]) => [...modules].sort(byPosition));
const mediaByIdOf = memoizeFrozen((media: MediaAsset[]) => new Map(media.map((asset) => [asset.id, asset])));
const quizByCapsuleOf = memoizeFrozen((quizzes: Quiz[]) => {
  // Quizzes in id order so that, should a capsule hold two, the choice never depends on storage order.
  const quizByCapsule = new Map<string, Quiz>();
  for (const quiz of [...quizzes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!quizByCapsule.has(quiz.capsuleId)) quizByCapsule.set(quiz.capsuleId, quiz);
  }
  return quizByCapsule;
});

function buildCourseIndex(doc: CourseDocument): CourseIndex {
  const capsulesByModule = capsulesByModuleOf(doc.capsules);
  const questionsByQuiz = questionsByQuizOf(doc.questions);
  const quizByCapsule = quizByCapsuleOf(doc.quizzes);
  return {
    modules: sortedModulesOf(doc.modules),
    capsulesOf: (moduleId) => capsulesByModule.get(moduleId) ?? [],
    quizOf: (capsuleId) => quizByCapsule.get(capsuleId),
    questionsOf: (quizId) => questionsByQuiz.get(quizId) ?? [],
    mediaById: mediaByIdOf(doc.media),
  };
}

function groupSorted<T extends { position: string }>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = groupBy(items, keyOf);
  for (const group of groups.values()) group.sort(byPosition);
  return groups;
}
