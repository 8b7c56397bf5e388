import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PackagingModeSchema, type ScormVersion } from '../../shared/model/course';
import { readToTheEndAnsweringRight } from './support/answerInPage';
import { compactSample } from './support/compactSample';
import { cmiValue } from './support/expectedTracking';
import { capsulesOf } from './support/learnerWalk';
import { readPlayerData } from './support/playerDriver';
import { republishCourse } from './support/republishCourse';
import { chromiumForThisFile, type TestLms, withTestLms, type LmsState } from './support/testLms';
import { writePackageFolders, type PackageFolder } from './support/writePackageFolders';

const statusOf = (version: ScormVersion, state: LmsState) =>
  version === '1.2'
    ? [cmiValue(state.cmi, 'cmi.core.lesson_status'), cmiValue(state.cmi, 'cmi.core.score.raw')]
    : [cmiValue(state.cmi, 'cmi.completion_status'), cmiValue(state.cmi, 'cmi.success_status'), cmiValue(state.cmi, 'cmi.score.raw')];
const passedWith100 = (version: ScormVersion) => (version === '1.2' ? ['passed', '100'] : ['completed', 'passed', '100']);

const STATUS_ELEMENTS = ['cmi.core.lesson_status', 'cmi.completion_status', 'cmi.success_status'];
/**
 * The statuses the SCO itself sent in the session: a 1.2 LMS may re-judge a lowered lesson_status from
 * the stored score and the mastery score, which would hide the regression from what it stores.
 */
async function sentStatuses(lms: TestLms): Promise<string[]> {
  return [...new Set((await lms.setLog()).filter(([element]) => STATUS_ELEMENTS.includes(element)).map(([, value]) => value))].sort();
}
const passedStatuses = (version: ScormVersion) => (version === '1.2' ? ['passed'] : ['completed', 'passed']);

/** Every SCO of an export, in order, with the folder of its package. */
const scosOf = (packages: PackageFolder[]) => packages.flatMap((pkg) => pkg.scoPaths.map((scoPath) => ({ folder: pkg.folder, scoPath })));

/** Shows each quiz of the SCO and counts its questions shown answered (locked) and open. */
async function quizStates(frame: Frame, quizCapsules: Array<{ title: string }>): Promise<Array<{ locked: number; open: number }>> {
  const states = [];
  for (const capsule of quizCapsules) {
    const title = capsule.title.trim().slice(0, 40);
    await frame.locator('.spoc-nav-item', { hasText: title }).click();
    await frame.locator('#spoc-capsule-title', { hasText: title }).waitFor();
    states.push({ locked: await frame.locator('form[data-question-id] fieldset:disabled').count(), open: await frame.locator('form[data-question-id] fieldset:enabled').count() });
  }
  return states;
}

describe('a learner’s stored result never goes backwards, and a republished course resumes where it still applies', () => {
  const chromium = chromiumForThisFile();
  const combinations = (['1.2', '2004-4th'] as const).flatMap((version) => PackagingModeSchema.options.map((mode) => ({ version, mode })));

  // The republished course adds a capsule and a question to the first module: the first SCO holds both, the last SCO neither (in one-SCO mode, one SCO holds all).
  it.each(combinations)('SCORM $version, mode $mode', async ({ version, mode }) => {
    const dialect = version === '1.2' ? '1.2' : '2004';
    const original = compactSample();
    const v1 = await writePackageFolders(original, { version, mode });
    const v2 = await writePackageFolders(republishCourse(original), { version, mode });
    chromium.removeAfterAll(v1.root);
    chromium.removeAfterAll(v2.root);
    const [oldScos, newScos] = [scosOf(v1.packages), scosOf(v2.packages)];
    expect(newScos).toHaveLength(oldScos.length);
    const met = { added: false, grown: false };
    await withTestLms(chromium.browser(), async (lms) => {
      for (const index of [...new Set([0, oldScos.length - 1])]) {
        const label = `SCO ${index + 1} of ${oldScos.length}`;
        lms.usePackage(oldScos[index]!.folder);
        let frame = await lms.launch(dialect, oldScos[index]!.scoPath);
        const oldCapsules = capsulesOf(await readPlayerData(frame));
        await readToTheEndAnsweringRight(frame);
        const first = await lms.close();
        expect(statusOf(version, first), label).toEqual(passedWith100(version));

        // Lost suspend_data (an LMS that dropped it): the stored result stays.
        frame = await lms.launch(dialect, oldScos[index]!.scoPath, { ...first.cmi, cmi: { ...(first.cmi.cmi as object), suspend_data: '' } });
        expect(statusOf(version, await lms.close()), `${label}, no suspend_data`).toEqual(passedWith100(version));
        expect(await sentStatuses(lms), `${label}, no suspend_data: never sent lower`).toEqual(passedStatuses(version));

        lms.usePackage(newScos[index]!.folder);
        frame = await lms.launch(dialect, newScos[index]!.scoPath, first.cmi);
        const newCapsules = capsulesOf(await readPlayerData(frame));
        const added = newCapsules.some((capsule) => capsule.title === 'Capsule ajoutée');
        met.added ||= added;
        expect(newCapsules, label).toHaveLength(oldCapsules.length + (added ? 1 : 0));
        await frame.locator('dialog[open] .spoc-button:not(.spoc-button--secondary)').click();
        // The last capsule was the bookmark; each old capsule is still viewed, the added one is not.
        await frame.locator('#spoc-capsule-title', { hasText: oldCapsules.at(-1)!.title.trim() }).waitFor();
        const viewed = await frame.locator('.spoc-nav-item.is-viewed').allTextContents();
        expect(viewed, label).toHaveLength(oldCapsules.length);
        expect(viewed.some((text) => text.includes('Capsule ajoutée')), label).toBe(false);
        // An unchanged quiz keeps every answer, locked; the grown quiz starts a new attempt.
        const quizCapsules = newCapsules.filter((capsule) => capsule.quiz);
        const expected = quizCapsules.map(({ quiz }) =>
          quiz!.questions.some((question) => question.prompt === 'Question ajoutée') ? { locked: 0, open: quiz!.questions.length } : { locked: quiz!.questions.length, open: 0 },
        );
        met.grown ||= expected.some((state) => state.open > 0);
        expect(await quizStates(frame, quizCapsules), label).toEqual(expected);
        expect(statusOf(version, await lms.close()), `${label}, republished`).toEqual(passedWith100(version));
        expect(await sentStatuses(lms), `${label}, republished: never sent lower`).toEqual(passedStatuses(version));
      }
      expect(met, 'the SCOs played hold the added capsule and the grown quiz').toEqual({ added: true, grown: true });
      expect(lms.problems.consoleErrors).toEqual([]);
    });
  }, 60_000);
});
