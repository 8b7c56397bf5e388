import { describe, expect, it } from 'vitest';
import { readToTheEndAnsweringRight } from './support/answerInPage';
import { compactSample } from './support/compactSample';
import { cmiValue, recordsOf } from './support/expectedTracking';
import { dialectsInEveryMode, firstSco } from './support/firstSco';
import { answerQuiz, capsulesOf, goToNextCapsule } from './support/learnerWalk';
import { readPlayerData } from './support/playerDriver';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const idsOf = (cmi: Record<string, unknown>) => recordsOf(cmi, 'interactions').map((record) => String(record.id));

describe('quiz retries, exit and navigation follow the SCORM run-time rules', () => {
  const chromium = chromiumForThisFile();

  it.each(dialectsInEveryMode)('SCORM $dialect, mode $mode: retries write no duplicate interaction id; exit is suspend while unfinished, then normal', async ({ dialect, mode }) => {
    const { folder, scoPath, root } = await firstSco(dialect, mode);
    chromium.removeAfterAll(root);
    const exit = dialect === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(folder);
      let frame = await lms.launch(dialect, scoPath);
      const data = await readPlayerData(frame);
      const capsules = capsulesOf(data);
      await goToNextCapsule(frame, capsules[1]!);
      const questions = await answerQuiz(frame, data, () => 'wrong');
      await frame.locator('.spoc-quiz-result button').click();
      await answerQuiz(frame, data, () => 'wrong');
      const first = await lms.close();
      expect(cmiValue(first.cmi, exit), 'failed: the learner will come back').toBe('suspend');
      expect(idsOf(first.cmi)).toHaveLength(2 * questions.length);
      expect(new Set(idsOf(first.cmi)).size, 'no duplicate id after one retry').toBe(2 * questions.length);

      frame = await lms.launch(dialect, scoPath, first.cmi);
      await frame.locator('dialog[open] .spoc-button:not(.spoc-button--secondary)').click();
      await frame.locator('.spoc-quiz-result button').click();
      await answerQuiz(frame, data, () => 'right');
      // A one-SCO course goes on to the other module's quiz before it can be passed.
      const { answered } = await readToTheEndAnsweringRight(frame);
      const second = await lms.close();
      expect(idsOf(second.cmi)).toHaveLength(3 * questions.length + answered);
      expect(new Set(idsOf(second.cmi)).size, 'no duplicate id after a retry in a later session').toBe(3 * questions.length + answered);
      expect(cmiValue(second.cmi, dialect === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('passed');
      expect(cmiValue(second.cmi, exit), 'done: the attempt ends normally').toBe(dialect === '1.2' ? '' : 'normal');
    });
  }, 60_000);

  it('SCORM 2004 module SCOs: the player asks the LMS for the next and previous module when its sequencing allows', async () => {
    const { packages, root } = await writePackageFolders(compactSample(), { version: '2004-4th', mode: 'module-scos' });
    chromium.removeAfterAll(root);
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      const [firstPath, secondPath] = packages[0]!.scoPaths;
      let frame = await lms.launch('2004', firstPath!);
      await readToTheEndAnsweringRight(frame);
      expect(await frame.locator('.spoc-pager button', { hasText: 'Module suivant' }).count(), 'no request the LMS did not allow').toBe(0);
      await lms.close();

      frame = await lms.launch('2004', firstPath!, undefined, { validRequests: ['continue'] });
      const capsules = capsulesOf(await readPlayerData(frame));
      await goToNextCapsule(frame, capsules.at(-1)!);
      await frame.locator('.spoc-pager button', { hasText: 'Module suivant' }).click();
      await expect.poll(() => lms.page.evaluate(() => (window as unknown as { lmsApi: { isTerminated(): boolean } }).lmsApi.isTerminated())).toBe(true);
      expect((await lms.setLog()).filter(([element]) => element === 'adl.nav.request')).toEqual([['adl.nav.request', 'continue', 'true']]);

      frame = await lms.launch('2004', secondPath!, undefined, { validRequests: ['previous'] });
      await frame.locator('.spoc-pager button', { hasText: 'Module précédent' }).click();
      await expect.poll(async () => (await lms.setLog()).filter(([element]) => element === 'adl.nav.request')).toEqual([['adl.nav.request', 'previous', 'true']]);
    });
  }, 60_000);
});
