import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { player } from '../../shared/i18n/player';
import { readToTheEndAnsweringRight } from './support/answerInPage';
import { budgetCourse } from './support/budgetCourse';
import { cmiValue, recordsOf } from './support/expectedTracking';
import { capsulesOf, capsuleTitleOnScreen } from './support/learnerWalk';
import { readPlayerData } from './support/playerDriver';
import { chromiumForThisFile, withTestLms, type LmsState, type TestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const SCORM12_LIMIT = 4_096;
const QUESTIONS = 320;
const lockedForms = (frame: Frame) => frame.locator('form[data-question-id] fieldset:disabled').count();
const openForms = (frame: Frame) => frame.locator('form[data-question-id] fieldset:enabled').count();
const lmsResult = (state: LmsState) => [cmiValue(state.cmi, 'cmi.core.lesson_status'), cmiValue(state.cmi, 'cmi.core.score.raw')];

/** Visits every capsule through the menu, inside the page, and counts the answers shown locked (restored). */
function restoredAnswers(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    let locked = 0;
    const items = document.querySelectorAll<HTMLButtonElement>('.spoc-nav-item:not(.spoc-nav-programme)').length;
    for (let index = 0; index < items; index += 1) {
      document.querySelectorAll<HTMLButtonElement>('.spoc-nav-item:not(.spoc-nav-programme)')[index]?.click();
      locked += document.querySelectorAll('form[data-question-id] fieldset:disabled').length;
    }
    return locked;
  });
}

describe('SCORM 1.2 suspend_data budget: the stress course (64 capsules, 320 questions, shuffled quizzes)', () => {
  const chromium = chromiumForThisFile();

  /** Reads the 64 capsules and answers the 320 questions (fill-in: the accepted answer, or `typedFillIn`), then leaves. */
  async function walkWholeCourse(lms: TestLms, typedFillIn?: string): Promise<{ first: LmsState; titles: string[]; noticeAtEnd: string }> {
    const doc = budgetCourse({ modules: 8, capsulesPerModule: 8, questionsPerQuiz: 10, shuffle: true, fillInAnswer: 'écouter, reformuler, vérifier puis décider en équipe' });
    expect([doc.capsules.length, doc.questions.length]).toEqual([64, QUESTIONS]);
    const { packages, root } = await writePackageFolders(doc, { version: '1.2', mode: 'course' });
    chromium.removeAfterAll(root);
    lms.usePackage(packages[0]!.folder);
    const frame = await lms.launch('1.2', packages[0]!.scoPaths[0]!);
    const capsules = capsulesOf(await readPlayerData(frame));
    const { capsules: seen, answered } = await readToTheEndAnsweringRight(frame, typedFillIn);
    expect(seen).toEqual(capsules.map((capsule) => capsule.title));
    const noticeAtEnd = (await frame.locator('.spoc-notice').textContent()) ?? '';
    expect(answered).toBe(QUESTIONS);
    const first = await lms.close();
    expect(recordsOf(first.cmi, 'interactions')).toHaveLength(QUESTIONS);
    return { first, titles: capsules.map((capsule) => capsule.title), noticeAtEnd };
  }

  it('keeps every answer within 4,096 characters and resumes with all of them', async () => {
    await withTestLms(chromium.browser(), async (lms) => {
      const { first, titles, noticeAtEnd } = await walkWholeCourse(lms);
      expect(noticeAtEnd).not.toContain(player.fr.savedPartially);
      expect(lmsResult(first)).toEqual(['passed', '100']);
      const saved = String(cmiValue(first.cmi, 'cmi.suspend_data'));
      expect(saved.length).toBeLessThanOrEqual(SCORM12_LIMIT);

      const frame = await lms.launch('1.2', 'sco-1/index.html', first.cmi);
      await frame.locator('dialog[open] .spoc-button:not(.spoc-button--secondary)').click();
      expect(await capsuleTitleOnScreen(frame)).toBe(titles[63]);
      expect(await restoredAnswers(frame), 'every answer restored').toBe(QUESTIONS);
      const second = await lms.close();
      expect(lmsResult(second)).toEqual(['passed', '100']);
      expect(lms.problems).toEqual({ consoleErrors: [], consoleWarnings: [], outsideRequests: [], failedRequests: [] });
    });
  }, 90_000);

  it('when typed answers cannot fit, drops the farthest quizzes’ answers, never the state, and tells the learner', async () => {
    await withTestLms(chromium.browser(), async (lms) => {
      const { first, titles, noticeAtEnd } = await walkWholeCourse(lms, 'ô'.repeat(120));
      expect(noticeAtEnd, 'the learner is told').toContain(player.fr.savedPartially);
      const saved = String(cmiValue(first.cmi, 'cmi.suspend_data'));
      expect(saved.length).toBeLessThanOrEqual(SCORM12_LIMIT);
      expect(saved).toMatch(/^s2\|.*\|[0-9a-z]+$/);

      const frame = await lms.launch('1.2', 'sco-1/index.html', first.cmi);
      await frame.locator('dialog[open] .spoc-button:not(.spoc-button--secondary)').click();
      expect(await capsuleTitleOnScreen(frame), 'bookmark kept').toBe(titles[63]);
      expect(await lockedForms(frame), 'answers near the bookmark kept').toBe(10);
      expect(await frame.locator('.spoc-nav-item.is-viewed').count(), 'viewed capsules kept').toBe(64);
      await frame.locator('.spoc-nav-item', { hasText: titles[1]! }).click();
      await frame.locator('#spoc-capsule-title', { hasText: titles[1]! }).waitFor();
      expect(await openForms(frame), 'the farthest quiz starts a new attempt').toBe(10);
      const second = await lms.close();
      expect(lmsResult(second), 'status and score kept').toEqual(lmsResult(first));
      expect(String(cmiValue(second.cmi, 'cmi.suspend_data')).length).toBeLessThanOrEqual(SCORM12_LIMIT);
      expect(lms.problems).toEqual({ consoleErrors: [], consoleWarnings: [], outsideRequests: [], failedRequests: [] });
    });
  }, 90_000);
});
