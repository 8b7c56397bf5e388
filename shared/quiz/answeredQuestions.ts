import type { CourseDocument } from '../model/courseDocument';
import type { Question, Quiz } from '../model/course';
import { memoizeFrozenWith } from '../model/memoizeFrozen';

/**
 * Questions a learner answers in one attempt of a quiz: a bank asks its draw, never more than it holds.
 * Every duration (outline, pacing, checks, manifest, player) and the player's draw count through here.
 */
export function answeredQuestionCount(quiz: Pick<Quiz, 'drawCount'>, bankSize: number): number {
  return quiz.drawCount === null ? bankSize : Math.min(bankSize, quiz.drawCount);
}

/**
 * Questions a learner answers in each capsule, by capsule id (capsules without a quiz are absent).
 * Kept while the (frozen) question and quiz lists stay the same; callers must not change the map.
 */
export function questionsPerCapsule(doc: Pick<CourseDocument, 'quizzes' | 'questions'>): ReadonlyMap<string, number> {
  return questionsPerCapsuleOf(doc.questions, doc.quizzes);
}

const questionsPerCapsuleOf = memoizeFrozenWith((questions: Question[], quizzes: Quiz[]): ReadonlyMap<string, number> => {
  const bankSizes = new Map<string, number>();
  for (const question of questions) bankSizes.set(question.quizId, (bankSizes.get(question.quizId) ?? 0) + 1);
  const perCapsule = new Map<string, number>();
  for (const quiz of quizzes) {
    const answered = answeredQuestionCount(quiz, bankSizes.get(quiz.id) ?? 0);
    perCapsule.set(quiz.capsuleId, (perCapsule.get(quiz.capsuleId) ?? 0) + answered);
  }
  return perCapsule;
});
