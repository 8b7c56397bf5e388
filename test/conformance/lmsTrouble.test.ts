import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { player } from '../../shared/i18n/player';
import type { PackagingMode } from '../../shared/model/course';
import { readToTheEndAnsweringRight } from './support/answerInPage';
import { compactSample } from './support/compactSample';
import { cmiValue } from './support/expectedTracking';
import { dialectsInEveryMode, firstSco, type Dialect } from './support/firstSco';
import { capsulesOf, goToNextCapsule } from './support/learnerWalk';
import { readPlayerData } from './support/playerDriver';
import { chromiumForThisFile, type TestLms, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const problem = (frame: Frame) => frame.locator('.spoc-lms-problem');
const completedNotice = (frame: Frame) => frame.locator('.spoc-notice:not([hidden])', { hasText: player.fr.courseCompleted });

describe('the learner is told when the LMS does not record, and the player recovers when it can', () => {
  const chromium = chromiumForThisFile();

  /** Plays the first SCO of the sample exported in `dialect` and `mode`, in a test LMS closed afterwards. */
  async function onFirstSco(dialect: Dialect, mode: PackagingMode, play: (lms: TestLms, scoPath: string) => Promise<void>): Promise<void> {
    const { folder, scoPath, root } = await firstSco(dialect, mode);
    chromium.removeAfterAll(root);
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(folder);
      await play(lms, scoPath);
    });
  }

  it('Moodle-like 2004 player (one API object per page): SCOs after the first say nothing is recorded, never "Formation terminée"', async () => {
    const { packages, root } = await writePackageFolders(compactSample(), { version: '2004-4th', mode: 'module-scos' });
    chromium.removeAfterAll(root);
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      const [firstPath, secondPath] = packages[0]!.scoPaths;
      let frame = await lms.launch('2004', firstPath!);
      await readToTheEndAnsweringRight(frame);
      await completedNotice(frame).waitFor();
      expect(await problem(frame).count(), 'the first SCO is recorded').toBe(0);

      // Moodle's Next: the same page, the same (now terminated) API object.
      frame = await lms.launch('2004', secondPath!, undefined, { sameApiObject: true });
      await expect.poll(() => problem(frame).getAttribute('role')).toBe('alert');
      expect(await problem(frame).textContent()).toBe(player.fr.lmsNotOpened);
      await readToTheEndAnsweringRight(frame);
      expect(await frame.locator('.spoc-quiz-result').count(), 'the quiz still shows its verdict').toBeGreaterThan(0);
      expect(await completedNotice(frame).count(), 'no "Formation terminée" when nothing was recorded').toBe(0);
      expect(await problem(frame).textContent()).toBe(player.fr.lmsNotOpened);
    });
  }, 60_000);

  it.each(dialectsInEveryMode)('SCORM $dialect, mode $mode: fresh attempt, read to the end: the LMS logs no error code (nothing read before it can have a value)', async ({ dialect, mode }) => {
    await onFirstSco(dialect, mode, async (lms, scoPath) => {
    const frame = await lms.launch(dialect, scoPath);
    expect(await lms.errorLog(), 'opening a fresh attempt').toEqual([]);
    await readToTheEndAnsweringRight(frame);
    await completedNotice(frame).waitFor();
    expect(await lms.errorLog(), 'the whole attempt').toEqual([]);
    expect(lms.problems.consoleErrors).toEqual([]);
    });
  }, 60_000);

  it.each(dialectsInEveryMode)('SCORM $dialect, mode $mode: in a popup window, inside a frame: finds the API through top.opener and records', async ({ dialect, mode }) => {
    await onFirstSco(dialect, mode, async (lms, scoPath) => {
    const frame = await lms.launch(dialect, scoPath, undefined, { popup: true });
    expect(await frame.locator('.spoc-preview').count(), 'not in preview mode').toBe(0);
    const data = await readPlayerData(frame);
    await goToNextCapsule(frame, capsulesOf(data)[1]!);
    const state = await lms.close();
    expect(state.terminated).toBe(true);
    expect(cmiValue(state.cmi, dialect === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location')).toBe(capsulesOf(data)[1]!.id);
    });
  }, 60_000);

  it.each(dialectsInEveryMode)('SCORM $dialect, mode $mode: refusing commits: a discreet notice, no claim of being saved, then a retry that saves', async ({ dialect, mode }) => {
    await onFirstSco(dialect, mode, async (lms, scoPath) => {
    const frame = await lms.launch(dialect, scoPath);
    await lms.refuseCommits(true);
    await readToTheEndAnsweringRight(frame);
    await expect.poll(() => problem(frame).getAttribute('role')).toBe('status');
    expect(await problem(frame).textContent()).toBe(player.fr.lmsRefused);
    expect(await completedNotice(frame).count(), 'no "Formation terminée" while the LMS refuses').toBe(0);
    await lms.refuseCommits(false);
    await problem(frame).waitFor({ state: 'detached' });
    const state = await lms.state();
    expect(cmiValue(state.cmi, dialect === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe(dialect === '1.2' ? 'passed' : 'completed');
    });
  }, 60_000);

  it.each(dialectsInEveryMode)('SCORM $dialect, mode $mode: page restored from the back-forward cache after its session closed: told to relaunch', async ({ dialect, mode }) => {
    await onFirstSco(dialect, mode, async (lms, scoPath) => {
    const frame = await lms.launch(dialect, scoPath);
    await frame.evaluate(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    expect((await lms.state()).terminated).toBe(true);
    await expect.poll(() => problem(frame).getAttribute('role')).toBe('alert');
    expect(await problem(frame).textContent()).toBe(player.fr.lmsEnded);
    });
  }, 60_000);

  it.each(dialectsInEveryMode)('SCORM $dialect, mode $mode: with an unreadable suspend_data: the read error is reported, and the stored result is not lowered', async ({ dialect, mode }) => {
    await onFirstSco(dialect, mode, async (lms, scoPath) => {
    await readToTheEndAnsweringRight(await lms.launch(dialect, scoPath));
    const first = await lms.close();
    const frame = await lms.launch(dialect, scoPath, first.cmi, { failedReads: ['cmi.suspend_data'] });
    await frame.locator('#spoc-capsule-title').waitFor();
    await expect.poll(() => lms.problems.consoleWarnings).toContainEqual(expect.stringMatching(`SCORM GetValue cmi.suspend_data failed \\(${dialect === '1.2' ? 101 : 301}\\)`));
    const statuses = (await lms.setLog()).filter(([element]) => ['cmi.core.lesson_status', 'cmi.completion_status', 'cmi.success_status'].includes(element)).map(([, value]) => value);
    expect(new Set(statuses), 'never sent lower than the stored result').toEqual(new Set(dialect === '1.2' ? ['passed'] : ['completed', 'passed']));
    const state = await lms.close();
    expect(cmiValue(state.cmi, dialect === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('passed');
    });
  }, 60_000);
});
