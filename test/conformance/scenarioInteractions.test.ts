import { describe, expect, it } from 'vitest';
import { exportText } from '../../shared/export/exportNotice';
import type { Language } from '../../shared/model/course';
import type { CourseDocument } from '../../shared/model/courseDocument';
import type { RichTextNode } from '../../shared/model/richText';
import { paragraph } from '../shared/export/exportCourseFixture';
import { compactSampleWithFirstCapsule } from './support/compactSample';
import { cmiValue, recordsOf } from './support/expectedTracking';
import { axeViolations, isFocused, tabTo } from './support/inPlayerFrame';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const choice = (label: string, feedback: string, target: string): RichTextNode => ({ type: 'scenarioChoice', attrs: { label, feedback, target } });
const situation = (id: string, title: string, text: string, ...choices: RichTextNode[]): RichTextNode => ({ type: 'situation', attrs: { id, title }, content: [paragraph(text), ...choices] });

/** The compact sample whose first capsule is a role play: a start, a detour that comes back, and an end. */
function courseWithScenario(language: Language): CourseDocument {
  return compactSampleWithFirstCapsule(language, () => [
    paragraph('Karim arrive en retard pour la troisième fois.'),
    {
      type: 'scenario',
      attrs: { id: 'retard', title: 'Un retard de trop', required: 1 },
      content: [
        situation('debut', 'Karim arrive', 'Il est 8 h 20.', choice('Le reprendre devant l’équipe', 'Il se ferme.', 'public'), choice('Lui parler seul à seul', 'Il vous écoute.', 'seul')),
        situation('public', 'Devant l’équipe', 'Le silence se fait.', choice('Revenir au début', 'Essayez autrement.', 'debut')),
        situation('seul', 'Seul à seul', 'Karim explique la garde de ses enfants.'),
      ],
    },
  ]);
}

const choiceButton = (label: string) => `.spoc-scenario button:text-is("${label}")`;

describe('a branching scenario in the strict runtime, with the keyboard alone', () => {
  const chromium = chromiumForThisFile();

  it.each([
    ['1.2', 'fr'],
    ['2004-4th', 'en'],
  ] as const)('SCORM %s, course in %s: each decision is an interaction with its own id, the path resumes, and reaching an end counts the capsule as seen', async (version, language) => {
    const { packages, root } = await writePackageFolders(courseWithScenario(language), { version, mode: 'course' });
    chromium.removeAfterAll(root);
    const dialect = version === '1.2' ? '1.2' : '2004';
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      const scoPath = packages[0]!.scoPaths[0]!;
      const frame = await lms.launch(dialect, scoPath);
      const { page } = lms;
      // Reduced motion: situations appear without sliding in (and axe reads their final colours).
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await frame.locator('.spoc-scenario').waitFor();
      expect(await axeViolations(frame)).toEqual([]);
      // Not seen yet: the scenario counts toward completion.
      expect(await frame.locator('.spoc-progress-text').innerText()).toMatch(/^0 /);

      await tabTo(page, frame, choiceButton('Le reprendre devant l’équipe'));
      await page.keyboard.press('Enter');
      // The next situation's heading takes the focus; the feedback is said in the status line.
      await expect.poll(() => isFocused(frame, '.spoc-situation:not([hidden]) [tabindex="-1"]')).toBe(true);
      expect(await frame.locator('.spoc-situation:not([hidden]) [tabindex="-1"]').innerText()).toBe('Devant l’équipe');
      expect(await frame.locator('.spoc-scenario-feedback').textContent()).toBe(`${exportText(language, 'scenarioChosen', { label: 'Le reprendre devant l’équipe' })} — Il se ferme.`);

      // The learner leaves mid-scenario: the LMS keeps the place.
      const saved = (await lms.close()).cmi;
      const resumed = await lms.launch(dialect, scoPath, saved);
      const resume = resumed.locator('dialog[open] button').first();
      if (await resume.count()) await resume.click();
      await resumed.locator('.spoc-situation:not([hidden])').waitFor();
      expect(await resumed.locator('.spoc-situation:not([hidden]) [tabindex="-1"]').innerText()).toBe('Devant l’équipe');

      await tabTo(page, resumed, choiceButton('Revenir au début'));
      await page.keyboard.press('Enter');
      await expect.poll(() => resumed.locator('.spoc-situation:not([hidden]) [tabindex="-1"]').innerText()).toBe('Karim arrive');
      await tabTo(page, resumed, choiceButton('Lui parler seul à seul'));
      await page.keyboard.press('Space');
      await expect.poll(() => resumed.locator('.spoc-situation:not([hidden]) .spoc-scenario-end').count()).toBe(1);
      await expect.poll(() => resumed.locator('.spoc-progress-text').innerText()).toMatch(/^1 /);
      expect(await axeViolations(resumed)).toEqual([]);
      await page.screenshot({ path: `test-output/player-scenario-${dialect}.png` });

      const final = await lms.close();
      const records = recordsOf(final.cmi, 'interactions').filter((record) => String(record.id).includes(dialect === '1.2' ? '_retard_' : ':retard:'));
      const ids = records.map((record) => String(record.id));
      // The path as decisions: the start (step 1), the detour (step 2), the start again (step 3), each id unique.
      const expected = dialect === '1.2' ? ['_retard_debut_1', '_retard_public_2', '_retard_debut_3'] : [':retard:debut:1', ':retard:public:2', ':retard:debut:3'];
      expect(ids.map((id) => id.slice(id.indexOf(dialect === '1.2' ? '_retard' : ':retard')))).toEqual(expected);
      expect(new Set(ids).size).toBe(ids.length);
      expect(records.map((record) => record.type)).toEqual(['choice', 'choice', 'choice']);
      expect(records.map((record) => record.result)).toEqual(['neutral', 'neutral', 'neutral']);
      expect(records.map((record) => record[dialect === '1.2' ? 'student_response' : 'learner_response'])).toEqual(['a', 'a', 'b']);
      if (dialect === '2004') expect(records.map((record) => record.description)).toEqual(['Karim arrive', 'Devant l’équipe', 'Karim arrive']);
      expect(String(cmiValue(final.cmi, 'cmi.suspend_data'))).toMatch(/^s3\|/);
      expect(lms.problems.consoleErrors).toEqual([]);
      expect(lms.problems.outsideRequests).toEqual([]);
    });
  }, 90_000);
});
