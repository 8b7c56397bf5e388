import type { Frame } from 'playwright-core';
import type { PlayerCapsule, PlayerData, PlayerQuestion } from '../../../shared/export/playerData';
import { answerQuestion, questionsOnScreen, type AnswerIntent } from './playerDriver';

/** One question the learner submitted, as the test expects the LMS to record it. */
export interface GivenAnswer {
  question: PlayerQuestion;
  intent: AnswerIntent;
}

/** How a learner answers the questions of a quiz, by position on screen. */
export type AnswerPolicy = (position: number) => AnswerIntent;

/** First answer wrong, every other one right: passes an 80 % bar only with several questions. */
export const mostlyRight: AnswerPolicy = (position) => (position === 0 ? 'wrong' : 'right');
/** First answer right, every other one wrong. */
export const mostlyWrong: AnswerPolicy = (position) => (position === 0 ? 'right' : 'wrong');

export function capsulesOf(data: PlayerData): PlayerCapsule[] {
  return data.modules.flatMap((module) => module.capsules);
}

export async function capsuleTitleOnScreen(frame: Frame): Promise<string> {
  return ((await frame.locator('#spoc-capsule-title').textContent()) ?? '').trim();
}

/** Clicks the pager's "next" button and waits for the next capsule's title. */
export async function goToNextCapsule(frame: Frame, next: PlayerCapsule): Promise<void> {
  await frame.locator('.spoc-pager .spoc-button:not(.spoc-button--secondary)').click();
  await frame.locator('#spoc-capsule-title', { hasText: next.title.trim().slice(0, 40) }).waitFor();
}

/**
 * Answers the quiz on screen with `policy`, `limit` questions at most (the rest stay open).
 * Returns what was given, in the order the player shows the questions.
 */
export async function answerQuiz(frame: Frame, data: PlayerData, policy: AnswerPolicy, limit = Infinity, from = 0): Promise<GivenAnswer[]> {
  const questions = await questionsOnScreen(frame, data);
  const given: GivenAnswer[] = [];
  for (let position = from; position < questions.length && position < from + limit; position += 1) {
    const question = questions[position] as PlayerQuestion;
    const intent = policy(position);
    await answerQuestion(frame, question, intent);
    given.push({ question, intent });
  }
  return given;
}
