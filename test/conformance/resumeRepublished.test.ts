import { describe, expect, it } from 'vitest';
import type { ScormVersion } from '../../shared/model/course';
import { readToTheEndAnsweringRight } from './support/answerInPage';
import { compactSample } from './support/compactSample';
import { cmiValue } from './support/expectedTracking';
import { capsulesOf } from './support/learnerWalk';
import { readPlayerData } from './support/playerDriver';
import { republishCourse } from './support/republishCourse';
import { chromiumForThisFile, TestLms, type LmsState } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const statusOf = (version: ScormVersion, state: LmsState) =>
  version === '1.2'
    ? [cmiValue(state.cmi, 'cmi.core.lesson_status'), cmiValue(state.cmi, 'cmi.core.score.raw')]
    : [cmiValue(state.cmi, 'cmi.completion_status'), cmiValue(state.cmi, 'cmi.success_status'), cmiValue(state.cmi, 'cmi.score.raw')];
const passedWith100 = (version: ScormVersion) => (version === '1.2' ? ['passed', '100'] : ['completed', 'passed', '100']);

describe('a learner’s stored result never goes backwards, and a republished course resumes where it still applies', () => {
  const chromium = chromiumForThisFile();

  it.each(['1.2', '2004-4th'] as const)('SCORM %s', async (version) => {
    const dialect = version === '1.2' ? '1.2' : '2004';
    const original = compactSample();
    const v1 = await writePackageFolders(original, { version, mode: 'course' });
    const v2 = await writePackageFolders(republishCourse(original), { version, mode: 'course' });
    chromium.removeAfterAll(v1.root);
    chromium.removeAfterAll(v2.root);
    const lms = await TestLms.open(chromium.browser());
    try {
      lms.usePackage(v1.packages[0]!.folder);
      let frame = await lms.launch(dialect, v1.packages[0]!.scoPaths[0]!);
      const oldCapsules = capsulesOf(await readPlayerData(frame));
      await readToTheEndAnsweringRight(frame);
      const first = await lms.close();
      expect(statusOf(version, first)).toEqual(passedWith100(version));

      // Lost suspend_data (an LMS that dropped it): the stored result stays.
      frame = await lms.launch(dialect, v1.packages[0]!.scoPaths[0]!, { ...first.cmi, cmi: { ...(first.cmi.cmi as object), suspend_data: '' } });
      expect(statusOf(version, await lms.close()), 'no suspend_data').toEqual(passedWith100(version));

      lms.usePackage(v2.packages[0]!.folder);
      frame = await lms.launch(dialect, v2.packages[0]!.scoPaths[0]!, first.cmi);
      const newCapsules = capsulesOf(await readPlayerData(frame));
      expect(newCapsules).toHaveLength(oldCapsules.length + 1);
      await frame.locator('dialog[open] .spoc-button:not(.spoc-button--secondary)').click();
      // The last capsule was the bookmark; each old capsule is still viewed, the added one is not.
      await frame.locator('#spoc-capsule-title', { hasText: oldCapsules.at(-1)!.title.trim() }).waitFor();
      const viewed = await frame.locator('.spoc-nav-item.is-viewed').allTextContents();
      expect(viewed).toHaveLength(oldCapsules.length);
      expect(viewed.some((text) => text.includes('Capsule ajoutée'))).toBe(false);
      // The unchanged quiz (last module) keeps every answer, locked.
      const lastQuiz = newCapsules.at(-1)!.quiz!;
      expect(await frame.locator('form[data-question-id] fieldset:disabled').count()).toBe(lastQuiz.questions.length);
      // The grown quiz starts a new attempt.
      const grown = newCapsules.find((capsule) => capsule.quiz?.questions.some((question) => question.prompt === 'Question ajoutée'))!;
      await frame.locator('.spoc-nav-item', { hasText: grown.title.trim().slice(0, 40) }).click();
      await frame.locator('#spoc-capsule-title', { hasText: grown.title.trim().slice(0, 40) }).waitFor();
      expect(await frame.locator('form[data-question-id] fieldset:enabled').count()).toBe(grown.quiz!.questions.length);
      expect(statusOf(version, await lms.close()), 'republished').toEqual(passedWith100(version));
      expect(lms.problems.consoleErrors).toEqual([]);
    } finally {
      await lms.dispose();
    }
  }, 60_000);
});
