import { expect } from 'vitest';
import type { Frame } from 'playwright-core';
import type { PlayerData } from '../../../shared/export/playerData';
import type { ScormVersion } from '../../../shared/model/course';
import { cmiValue, expectedOutcome, expectInteraction, expectObjectives, expectOutcome, recordsOf, type ExpectedOutcome } from './expectedTracking';
import { answerQuiz, capsulesOf, capsuleTitleOnScreen, goToNextCapsule, type AnswerPolicy, type GivenAnswer } from './learnerWalk';
import { readPlayerData } from './playerDriver';
import type { LmsState, TestLms } from './testLms';

/** Questions answered before leaving in the middle of the last quiz. */
const ANSWERED_BEFORE_LEAVING = 2;

const formsOf = (frame: Frame) => frame.locator('form[data-question-id]');

/**
 * A learner's two sessions on one SCO, checked at each step against what the LMS recorded:
 * 1. reads every capsule up to the last quiz, answers the quizzes by `policy`, leaves in the
 *    middle of the last quiz (2 answers given);
 * 2. comes back with the CMI the LMS saved, accepts to resume, finds the bookmark and the two
 *    answers locked as given, finishes the quiz and reads the remaining capsules.
 * Returns the final outcome, so the caller can check the scenario passes or fails as intended.
 */
export async function playScoTwice(lms: TestLms, version: ScormVersion, scoPath: string, policy: AnswerPolicy): Promise<{ outcome: ExpectedOutcome; data: PlayerData; final: LmsState }> {
  const dialect = version === '1.2' ? '1.2' : '2004';
  let frame = await lms.launch(dialect, scoPath);
  expect(await frame.locator('dialog[open]').count(), 'no resume prompt on a first launch').toBe(0);
  expect(await frame.locator('.spoc-preview').count(), 'the LMS API is found').toBe(0);
  const data = await readPlayerData(frame);
  const capsules = capsulesOf(data);
  const quizIndices = capsules.flatMap((capsule, index) => (capsule.quiz ? [index] : []));
  const stop = quizIndices.at(-1) ?? Math.floor(capsules.length / 2);
  const lastQuizLeftOpen = quizIndices.length > 0;
  const finished: GivenAnswer[] = [];
  const partial: GivenAnswer[] = [];
  const viewed = new Set<string>();

  expect(await capsuleTitleOnScreen(frame)).toBe(capsules[0]?.title.trim());
  for (let index = 0; index <= stop; index += 1) {
    const capsule = capsules[index]!;
    if (index > 0) await goToNextCapsule(frame, capsule);
    viewed.add(capsule.id);
    if (!capsule.quiz) continue;
    if (index === stop) partial.push(...(await answerQuiz(frame, data, policy, ANSWERED_BEFORE_LEAVING)));
    else finished.push(...(await answerQuiz(frame, data, policy)));
  }
  const orderShown = await formsOf(frame).evaluateAll((forms) => forms.map((form) => form.getAttribute('data-question-id')));
  const first = await lms.close();

  expect(first.terminated, 'Terminate/LMSFinish called on leaving').toBe(true);
  expect(cmiValue(first.cmi, dialect === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location'), 'bookmark').toBe(capsules[stop]?.id);
  expect(String(cmiValue(first.cmi, 'cmi.suspend_data'))).not.toBe('');
  expect(String(cmiValue(first.cmi, dialect === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time'))).toMatch(dialect === '1.2' ? /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/ : /^PT/);
  const answeredFirst = [...finished, ...partial];
  expect(recordsOf(first.cmi, 'interactions')).toHaveLength(answeredFirst.length);
  recordsOf(first.cmi, 'interactions').forEach((record, index) => expectInteraction(record, answeredFirst[index]!, version));
  const allViewedFirst = viewed.size === capsules.length;
  const firstOutcome = expectedOutcome(data, finished, allViewedFirst, !lastQuizLeftOpen);
  expectOutcome(first.cmi, firstOutcome, version);
  const exitWhenDone = dialect === '1.2' ? '' : 'normal';
  expect(cmiValue(first.cmi, dialect === '1.2' ? 'cmi.core.exit' : 'cmi.exit'), 'suspend only an unfinished attempt').toBe(firstOutcome.completion === 'completed' ? exitWhenDone : 'suspend');

  frame = await lms.launch(dialect, scoPath, first.cmi);
  if (capsules.length > 1) {
    await frame.locator('dialog[open] .spoc-button:not(.spoc-button--secondary)').click();
    await frame.locator('dialog[open]').waitFor({ state: 'detached' });
  }
  expect(await capsuleTitleOnScreen(frame), 'resumes at the bookmark').toBe(capsules[stop]?.title.trim());
  const orderResumed = await formsOf(frame).evaluateAll((forms) => forms.map((form) => form.getAttribute('data-question-id')));
  expect(orderResumed, 'the same questions in the same order').toEqual(orderShown);
  for (const [position, answer] of partial.entries()) {
    const form = formsOf(frame).nth(position);
    expect(await form.getAttribute('class'), `answer ${position + 1} kept`).toContain(answer.intent === 'right' ? 'is-correct' : 'is-incorrect');
    expect(await form.locator('fieldset').evaluate((fieldset) => (fieldset as HTMLFieldSetElement).disabled), `answer ${position + 1} locked`).toBe(true);
  }
  if (lastQuizLeftOpen) finished.push(...partial, ...(await answerQuiz(frame, data, policy, Infinity, partial.length)));
  for (let index = stop + 1; index < capsules.length; index += 1) {
    await goToNextCapsule(frame, capsules[index]!);
    viewed.add(capsules[index]!.id);
  }
  const final = await lms.close();

  expect(final.terminated).toBe(true);
  const records = recordsOf(final.cmi, 'interactions');
  expect(records, 'interactions of both sessions, as a journal').toHaveLength(finished.length);
  records.forEach((record, index) => expectInteraction(record, finished[index]!, version));
  const outcome = expectedOutcome(data, finished, viewed.size === capsules.length, true);
  expectOutcome(final.cmi, outcome, version);
  expect(cmiValue(final.cmi, dialect === '1.2' ? 'cmi.core.exit' : 'cmi.exit'), 'suspend only an unfinished attempt').toBe(outcome.completion === 'completed' ? exitWhenDone : 'suspend');
  expectObjectives(final.cmi, data, finished, viewed, version);
  return { outcome, data, final };
}
