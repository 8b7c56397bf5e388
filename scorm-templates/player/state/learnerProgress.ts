import type { PlayerCapsule, PlayerData } from '../../../shared/export/playerData';
import type { ResumeState } from '../../../shared/export/resumeState';
import { currentProgrammeWeek } from './currentProgrammeWeek';

export interface QuizResult {
  index: number;
  capsule: PlayerCapsule;
  /** Best attempt in percent (two decimals); null until an attempt is finished. */
  percent: number | null;
  passingScore: number;
  passed: boolean;
}

/** The learner's progress in their own terms: capsules viewed, quizzes passed, and this week's time left. */
export interface LearnerProgress {
  viewed: number;
  total: number;
  /** Indices of the capsules not viewed yet, in course order. */
  unviewed: number[];
  quizzes: QuizResult[];
  passedCount: number;
  /** Minutes of this week's capsules not viewed yet; null without a programme or outside its weeks. */
  minutesLeftThisWeek: number | null;
}

/** Each quiz's best attempt against its own pass mark, the one the quiz screen shows. */
function quizResults(capsules: readonly PlayerCapsule[], state: ResumeState): QuizResult[] {
  return capsules.flatMap((capsule, index) => {
    const quiz = capsule.quiz;
    if (!quiz || quiz.questions.length === 0) return [];
    const best = state.quizzes.get(index)?.best ?? null;
    const percent = best && best.possible > 0 ? Math.round((best.earned / best.possible) * 10_000) / 100 : null;
    return [{ index, capsule, percent, passingScore: quiz.passingScore, passed: percent !== null && percent >= quiz.passingScore }];
  });
}

export function learnerProgress(data: PlayerData, capsules: readonly PlayerCapsule[], state: ResumeState, today: string): LearnerProgress {
  const quizzes = quizResults(capsules, state);
  let minutesLeftThisWeek: number | null = null;
  const weeks = data.programme?.weeks ?? [];
  const position = currentProgrammeWeek(weeks, today);
  const week = position?.status === 'during' ? weeks[position.index] : undefined;
  if (week) {
    minutesLeftThisWeek = 0;
    for (const module of data.modules) {
      if (module.week !== week.week) continue;
      for (const capsule of module.capsules) if (!state.viewed[capsules.indexOf(capsule)]) minutesLeftThisWeek += capsule.minutes;
    }
  }
  const unviewed = capsules.flatMap((_, index) => (state.viewed[index] ? [] : [index]));
  return { viewed: capsules.length - unviewed.length, total: capsules.length, unviewed, quizzes, passedCount: quizzes.filter((quiz) => quiz.passed).length, minutesLeftThisWeek };
}
