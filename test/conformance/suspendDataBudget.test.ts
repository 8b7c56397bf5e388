import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { player } from '../../shared/i18n/player';
import { readToTheEndAnsweringRight } from './support/answerInPage';
import { budgetCourse } from './support/budgetCourse';
import { cmiValue, recordsOf } from './support/expectedTracking';
import { capsulesOf, capsuleTitleOnScreen } from './support/learnerWalk';
import { readPlayerData } from './support/playerDriver';
import { chromiumForThisFile, TestLms, type LmsState } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const SCORM12_LIMIT = 4_096;
const lockedForms = (frame: Frame) => frame.locator('form[data-question-id] fieldset:disabled').count();
const openForms = (frame: Frame) => frame.locator('form[data-question-id] fieldset:enabled').count();

describe('SCORM 1.2 suspend_data budget: 60 capsules and 300 answered questions', () => {
  const chromium = chromiumForThisFile();

  /** Reads all 60 capsules and answers the 300 questions right, then leaves. */
  async function walkWholeCourse(fillInAnswer?: string): Promise<{ lms: TestLms; first: LmsState; titles: string[]; noticeAtEnd: string }> {
    const doc = budgetCourse({ modules: 6, capsulesPerModule: 10, questionsPerQuiz: 10, fillInAnswer });
    expect([doc.capsules.length, doc.questions.length]).toEqual([60, 300]);
    const { packages, root } = await writePackageFolders(doc, { version: '1.2', mode: 'course' });
    chromium.removeAfterAll(root);
    const lms = await TestLms.open(chromium.browser());
    lms.usePackage(packages[0]!.folder);
    const frame = await lms.launch('1.2', packages[0]!.scoPaths[0]!);
    const capsules = capsulesOf(await readPlayerData(frame));
    const { capsules: seen, answered } = await readToTheEndAnsweringRight(frame);
    expect(seen).toEqual(capsules.map((capsule) => capsule.title));
    const noticeAtEnd = (await frame.locator('.spoc-notice').textContent()) ?? '';
    expect(answered).toBe(300);
    const first = await lms.close();
    expect(recordsOf(first.cmi, 'interactions')).toHaveLength(300);
    expect(cmiValue(first.cmi, 'cmi.core.lesson_status')).toBe('passed');
    expect(cmiValue(first.cmi, 'cmi.core.score.raw')).toBe('100');
    return { lms, first, titles: capsules.map((capsule) => capsule.title), noticeAtEnd };
  }

  it('keeps every answer within 4,096 characters and resumes with all of them', async () => {
    const { lms, first, titles, noticeAtEnd } = await walkWholeCourse();
    expect(noticeAtEnd).not.toContain(player.fr.savedPartially);
    try {
      const saved = String(cmiValue(first.cmi, 'cmi.suspend_data'));
      expect(saved.length).toBeLessThanOrEqual(SCORM12_LIMIT);

      const frame = await lms.launch('1.2', 'sco-1/index.html', first.cmi);
      await frame.locator('dialog[open] .spoc-button:not(.spoc-button--secondary)').click();
      expect(await capsuleTitleOnScreen(frame)).toBe(titles[59]);
      expect(await lockedForms(frame)).toBe(10);
      // The quiz farthest from the bookmark kept its answers too.
      await frame.locator('.spoc-nav-item', { hasText: titles[1]! }).click();
      await frame.locator('#spoc-capsule-title', { hasText: titles[1]! }).waitFor();
      expect([await lockedForms(frame), await openForms(frame)]).toEqual([10, 0]);
      const second = await lms.close();
      expect([cmiValue(second.cmi, 'cmi.core.lesson_status'), cmiValue(second.cmi, 'cmi.core.score.raw')]).toEqual(['passed', '100']);
      expect(lms.problems).toEqual({ consoleErrors: [], consoleWarnings: [], outsideRequests: [], failedRequests: [] });
    } finally {
      await lms.dispose();
    }
  }, 60_000);

  it('when long answers cannot fit, drops the farthest quizzes’ answers, never the state, and tells the learner', async () => {
    const { lms, first, titles, noticeAtEnd } = await walkWholeCourse('é'.repeat(120));
    expect(noticeAtEnd, 'the learner is told').toContain(player.fr.savedPartially);
    try {
      const saved = String(cmiValue(first.cmi, 'cmi.suspend_data'));
      expect(saved.length).toBeLessThanOrEqual(SCORM12_LIMIT);
      expect(saved).toMatch(/^s2\|.*\|[0-9a-z]+$/);

      const frame = await lms.launch('1.2', 'sco-1/index.html', first.cmi);
      await frame.locator('dialog[open] .spoc-button:not(.spoc-button--secondary)').click();
      expect(await capsuleTitleOnScreen(frame), 'bookmark kept').toBe(titles[59]);
      expect(await lockedForms(frame), 'answers near the bookmark kept').toBe(10);
      expect(await frame.locator('.spoc-nav-item.is-viewed').count(), 'viewed capsules kept').toBe(60);
      await frame.locator('.spoc-nav-item', { hasText: titles[1]! }).click();
      await frame.locator('#spoc-capsule-title', { hasText: titles[1]! }).waitFor();
      expect(await openForms(frame), 'the farthest quiz starts a new attempt').toBe(10);
      const second = await lms.close();
      expect([cmiValue(second.cmi, 'cmi.core.lesson_status'), cmiValue(second.cmi, 'cmi.core.score.raw')], 'status and score kept').toEqual(['passed', '100']);
      expect(String(cmiValue(second.cmi, 'cmi.suspend_data')).length).toBeLessThanOrEqual(SCORM12_LIMIT);
      expect(lms.problems).toEqual({ consoleErrors: [], consoleWarnings: [], outsideRequests: [], failedRequests: [] });
    } finally {
      await lms.dispose();
    }
  }, 60_000);
});
