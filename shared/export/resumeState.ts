import type { PlayerCapsule, PlayerData } from './playerData';
import type { LearnerAnswer } from '../quiz/learnerAnswer';

/** A quiz's current attempt and its best finished attempt so far. */
export interface QuizProgress {
  /** Question indices (in the quiz's bank) in the order shown in this attempt. */
  order: number[];
  /** Answers by position in `order`; null = not answered yet. */
  answers: Array<LearnerAnswer | null>;
  attempts: number;
  best: { earned: number; possible: number } | null;
}

/** Where a learner is in a scenario: the situation shown, how many times they started it, and the choices made in this run. */
export interface ScenarioProgress {
  at: string;
  attempt: number;
  step: number;
}

/** Key of a scenario's progress in the state: the capsule's flat position and the scenario's id. */
export const scenarioKey = (capsuleIndex: number, scenarioId: string): string => `${capsuleIndex}/${scenarioId}`;

/** Everything the learner would lose if the LMS forgot it; capsules by flat position in the SCO. */
export interface ResumeState {
  location: number;
  viewed: boolean[];
  quizzes: Map<number, QuizProgress>;
  /** Scenario progress by scenarioKey; absent while no scenario was started. */
  scenarios?: Map<string, ScenarioProgress>;
}

/** The SCO's capsules in reading order: the positions every index in the state refers to. */
export function flattenCapsules(data: PlayerData): PlayerCapsule[] {
  return data.modules.flatMap((module) => module.capsules);
}

export function emptyResumeState(capsuleCount: number): ResumeState {
  return { location: 0, viewed: new Array<boolean>(capsuleCount).fill(false), quizzes: new Map() };
}
