import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { player } from '../../shared/i18n/player';
import { formatDuration } from '../../shared/pacing/formatDuration';
import { idOf } from '../shared/export/exportCourseFixture';
import { buildCohort } from '../shared/pacing/buildTestCourse';
import { readToTheEndAnsweringRight } from './support/answerInPage';
import { compactSample } from './support/compactSample';
import { cmiValue } from './support/expectedTracking';
import { answerQuiz, capsulesOf, goToNextCapsule } from './support/learnerWalk';
import { readPlayerData } from './support/playerDriver';
import { axeViolations } from './support/inPlayerFrame';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
const topbar = (frame: Frame) => frame.locator('.spoc-progress-text');
const results = (frame: Frame) => frame.locator('.spoc-results');

/** Opens "My results" from the menu (always shown beside the capsule on a wide screen), with the keyboard. */
async function openResultsFromMenu(frame: Frame, label: string): Promise<void> {
  const entry = frame.locator('#spoc-nav').getByRole('button', { name: label, exact: true });
  await entry.focus();
  await entry.press('Enter');
  await frame.locator('#spoc-results-title').waitFor();
}

describe('the results page and the progress line tell the learner what the LMS holds and what is left', () => {
  const chromium = chromiumForThisFile();

  it('SCORM 1.2 with a programme (fr): capsules seen, quizzes passed, this week’s time left, and a status that matches lesson_status', async () => {
    const doc = compactSample();
    const cohort = buildCohort({ id: idOf(610), name: 'Cohorte avril', startDate: '2026-03-30', holidays: [] });
    doc.cohorts.push(cohort);
    const { packages, root } = await writePackageFolders(doc, { version: '1.2', mode: 'course', programmeCohortId: cohort.id });
    chromium.removeAfterAll(root);
    const fr = player.fr;
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      const frame = await lms.launch('1.2', packages[0]!.scoPaths[0]!);
      const data = await readPlayerData(frame);
      const capsules = capsulesOf(data);
      expect(capsules).toHaveLength(4);
      // A day inside the week of the first module, on the learner's clock.
      const week = data.programme!.weeks.find((candidate) => candidate.week === data.modules[0]!.week)!;
      await lms.page.clock.setFixedTime(new Date(`${week.opensOn}T10:00:00`));

      await openResultsFromMenu(frame, fr.results);
      const left = formatDuration(capsules[1]!.minutes, 'fr');
      expect(await results(frame).innerText()).toContain(`${fill(fr.capsulesSeen_one, { count: 1, total: 4 })} · ${fill(fr.timeLeftThisWeek, { duration: left })}`);
      expect(await results(frame).innerText()).toContain(fill(fr.quizzesPassed_one, { count: 0, total: 2 }));
      expect(await frame.locator('.spoc-results-status').innerText()).toBe(fr.resultsInProgress);
      expect(cmiValue((await lms.state()).cmi, 'cmi.core.lesson_status')).toBe('incomplete');
      expect(await frame.locator('.spoc-results-quizzes li').allInnerTexts()).toEqual(capsules.filter((capsule) => capsule.quiz).map((capsule) => `${capsule.title} · ${fr.resultsQuizNotDone}`));
      expect(await frame.locator('.spoc-results-left button').allInnerTexts()).toEqual(capsules.slice(1).map((capsule) => fill(fr.resultsToView, { title: capsule.title })));
      expect(await axeViolations(frame)).toEqual([]);
      await lms.page.screenshot({ path: 'test-output/player-results-in-progress.png' });

      // "What is left" leads there; the progress line counts it at once.
      await frame.locator('.spoc-results-left button').first().click();
      await frame.locator('#spoc-capsule-title', { hasText: capsules[1]!.title.trim().slice(0, 40) }).waitFor();
      await expect.poll(() => topbar(frame).innerText()).toBe([fill(fr.capsulesSeen_other, { count: 2, total: 4 }), fill(fr.quizzesPassed_one, { count: 0, total: 2 }), fr.weekDone].join(' · '));
      await answerQuiz(frame, data, () => 'right');
      await expect.poll(() => topbar(frame).innerText()).toContain(fill(fr.quizzesPassed_one, { count: 1, total: 2 }));
      await goToNextCapsule(frame, capsules[2]!);
      await goToNextCapsule(frame, capsules[3]!);
      await answerQuiz(frame, data, () => 'wrong');

      // After the last capsule: the results, said as the LMS recorded them.
      await frame.getByRole('button', { name: fr.seeResults, exact: true }).click();
      await frame.locator('#spoc-results-title').waitFor();
      const state = await lms.state();
      expect(cmiValue(state.cmi, 'cmi.core.lesson_status')).toBe('failed');
      const percent = Number(cmiValue(state.cmi, 'cmi.core.score.raw'));
      expect(await frame.locator('.spoc-results-status').innerText()).toBe(fill(fr.resultsFailed, { percent: new Intl.NumberFormat('fr').format(percent), passing: data.masteryScore }));
      const lastQuiz = capsules[3]!;
      expect(await frame.locator('.spoc-results-left button').allInnerTexts()).toEqual([fill(fr.resultsToPass, { title: lastQuiz.title })]);
      expect(await frame.locator('.spoc-results-quizzes li.is-passed').count()).toBe(1);
      expect(await axeViolations(frame)).toEqual([]);
      await lms.page.screenshot({ path: 'test-output/player-results-failed.png' });
      expect(lms.problems.consoleErrors).toEqual([]);
    });
  }, 60_000);

  it('SCORM 2004 (en): a learner who passes sees it passed, as success_status says, and nothing left', async () => {
    const doc = compactSample();
    doc.course.language = 'en';
    const { packages, root } = await writePackageFolders(doc, { version: '2004-4th', mode: 'course' });
    chromium.removeAfterAll(root);
    const en = player.en;
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      const frame = await lms.launch('2004', packages[0]!.scoPaths[0]!);
      const data = await readPlayerData(frame);
      await readToTheEndAnsweringRight(frame);
      await expect.poll(() => topbar(frame).innerText()).toBe([fill(en.capsulesSeen_other, { count: 4, total: 4 }), fill(en.quizzesPassed_other, { count: 2, total: 2 })].join(' · '));
      await frame.getByRole('button', { name: en.seeResults, exact: true }).click();
      await frame.locator('#spoc-results-title').waitFor();
      const state = await lms.state();
      expect([cmiValue(state.cmi, 'cmi.completion_status'), cmiValue(state.cmi, 'cmi.success_status')]).toEqual(['completed', 'passed']);
      expect(await frame.locator('.spoc-results-status').innerText()).toBe(fill(en.resultsPassed, { percent: 100, passing: data.masteryScore }));
      expect(await results(frame).innerText()).toContain(en.resultsNothingLeft);
      expect(await axeViolations(frame)).toEqual([]);
    });
  }, 60_000);

  it('an LMS refusing commits: the results never say the platform recorded them', async () => {
    const { packages, root } = await writePackageFolders(compactSample(), { version: '1.2', mode: 'course' });
    chromium.removeAfterAll(root);
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      const frame = await lms.launch('1.2', packages[0]!.scoPaths[0]!);
      await lms.refuseCommits(true);
      await readToTheEndAnsweringRight(frame);
      await frame.getByRole('button', { name: player.fr.seeResults, exact: true }).click();
      await frame.locator('#spoc-results-title').waitFor();
      expect(await frame.locator('.spoc-results-status').innerText()).toBe(player.fr.resultsNotRecorded);
    });
  }, 60_000);
});
