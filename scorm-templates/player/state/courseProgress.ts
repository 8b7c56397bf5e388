import type { PlayerCapsule, PlayerData } from '../../../shared/export/playerData';
import { scoreQuestion } from '../../../shared/quiz/scoreQuestion';
import type { ResumeState } from '../../../shared/export/resumeState';

export type CompletionStatus = 'completed' | 'incomplete' | 'not attempted';
export type SuccessStatus = 'passed' | 'failed' | 'unknown';

export interface ScoreSummary {
  earned: number;
  possible: number;
  /** 0–1. */
  scaled: number;
}

export interface ObjectiveProgress {
  id: string;
  completion: CompletionStatus;
  success: SuccessStatus;
  score: ScoreSummary | null;
}

/** What the LMS is told about the SCO, derived from the resume state alone. */
export interface CourseProgress {
  viewedCount: number;
  capsuleCount: number;
  completion: CompletionStatus;
  success: SuccessStatus;
  /** Sum of every quiz's best attempt; null until a quiz is finished. */
  score: ScoreSummary | null;
  objectives: ObjectiveProgress[];
}

const summary = (earned: number, possible: number): ScoreSummary | null =>
  possible > 0 ? { earned, possible, scaled: Math.round((earned / possible) * 10_000) / 10_000 } : null;

function objectiveProgress(objectiveId: string, capsules: readonly PlayerCapsule[], state: ResumeState, masteryScore: number): ObjectiveProgress {
  let linkedCapsules = 0;
  let viewedCapsules = 0;
  let earned = 0;
  let possible = 0;
  capsules.forEach((capsule, index) => {
    const questions = capsule.quiz?.questions ?? [];
    if (capsule.objectiveIds.includes(objectiveId) || questions.some((question) => question.objectiveIds.includes(objectiveId))) {
      linkedCapsules += 1;
      if (state.viewed[index]) viewedCapsules += 1;
    }
    const progress = state.quizzes.get(index);
    progress?.order.forEach((questionIndex, position) => {
      const question = questions[questionIndex];
      const answer = progress.answers[position];
      if (!question || answer === null || answer === undefined || !question.objectiveIds.includes(objectiveId)) return;
      const score = scoreQuestion(question, answer);
      earned += score.earned;
      possible += score.possible;
    });
  });
  const score = summary(earned, possible);
  return {
    id: objectiveId,
    completion: linkedCapsules > 0 && viewedCapsules === linkedCapsules ? 'completed' : viewedCapsules > 0 ? 'incomplete' : 'not attempted',
    success: score ? (score.scaled * 100 >= masteryScore ? 'passed' : 'failed') : 'unknown',
    score,
  };
}

/**
 * Applies the course's completion rule and mastery score. A SCO without any quiz completes on
 * viewing whatever the rule, so that "quiz passed" never leaves it forever incomplete.
 */
export function courseProgress(data: PlayerData, capsules: readonly PlayerCapsule[], state: ResumeState): CourseProgress {
  const viewedCount = state.viewed.filter(Boolean).length;
  const quizIndices = capsules.flatMap((capsule, index) => (capsule.quiz && capsule.quiz.questions.length > 0 ? [index] : []));
  const bests = quizIndices.map((index) => state.quizzes.get(index)?.best ?? null);
  const finished = bests.filter((best) => best !== null);
  const score = summary(
    finished.reduce((sum, best) => sum + best.earned, 0),
    finished.reduce((sum, best) => sum + best.possible, 0),
  );
  const allFinished = quizIndices.length > 0 && finished.length === quizIndices.length;
  const success: SuccessStatus = allFinished && score ? (score.scaled * 100 >= data.masteryScore ? 'passed' : 'failed') : 'unknown';
  const allViewed = viewedCount === capsules.length;
  const done = quizIndices.length === 0 || data.completionRule === 'all-viewed' ? allViewed : data.completionRule === 'quiz-passed' ? success === 'passed' : allViewed && success === 'passed';
  return {
    viewedCount,
    capsuleCount: capsules.length,
    completion: done ? 'completed' : viewedCount > 0 || finished.length > 0 ? 'incomplete' : 'not attempted',
    success,
    score,
    objectives: data.objectives.map((objective) => objectiveProgress(objective.id, capsules, state, data.masteryScore)),
  };
}
