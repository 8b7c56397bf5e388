import { describe, expect, it } from 'vitest';
import { moodleSettings, type MoodleActivitySettings } from '../../shared/export/moodleSettings';
import { PackagingModeSchema } from '../../shared/model/course';
import { readToTheEndAnsweringRight } from './support/answerInPage';
import { compactSample } from './support/compactSample';
import { cmiValue } from './support/expectedTracking';
import { chromiumForThisFile, withTestLms, type LmsState } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

type Version = '1.2' | '2004-4th';

/** The statuses Moodle tracks for a SCO: 1.2's lesson_status; 2004's completion and success. */
function trackedStatuses(version: Version, sco: LmsState): string[] {
  if (version === '1.2') return [String(cmiValue(sco.cmi, 'cmi.core.lesson_status'))];
  return [String(cmiValue(sco.cmi, 'cmi.completion_status')), String(cmiValue(sco.cmi, 'cmi.success_status'))];
}

/** Moodle 4.5's "Require status" completion: a SCO satisfies it with any ticked status; all SCOs, or any one. */
function moodleCompletes(settings: Pick<MoodleActivitySettings, 'requiredStatuses' | 'allScos'>, version: Version, scos: LmsState[]): boolean {
  const satisfied = scos.map((sco) => trackedStatuses(version, sco).some((status) => (settings.requiredStatuses as string[]).includes(status)));
  return settings.allScos ? satisfied.every(Boolean) : satisfied.some(Boolean);
}

describe('the Moodle settings the export advises complete the activity of a learner who passes', () => {
  const chromium = chromiumForThisFile();

  it.each((['1.2', '2004-4th'] as const).flatMap((version) => PackagingModeSchema.options.map((mode) => ({ version, mode }))))('SCORM $version, mode $mode', async ({ version, mode }) => {
    const doc = compactSample();
    const { packages, root } = await writePackageFolders(doc, { version, mode });
    chromium.removeAfterAll(root);
    await withTestLms(chromium.browser(), async (lms) => {
      const activities: LmsState[][] = [];
      for (const pkg of packages) {
        lms.usePackage(pkg.folder);
        const scos: LmsState[] = [];
        // Each SCO opened from the activity page (re-entering), which Moodle records in both versions.
        for (const scoPath of pkg.scoPaths) {
          await readToTheEndAnsweringRight(await lms.launch(version === '1.2' ? '1.2' : '2004', scoPath));
          scos.push(await lms.close());
        }
        activities.push(scos);
      }
      const passRequired = doc.course.completionRule !== 'all-viewed';
      const advised = moodleSettings(version, mode, passRequired);
      for (const scos of activities) expect(moodleCompletes(advised, version, scos)).toBe(true);
      if (version === '1.2') {
        // Moodle's default tick, "Completed", never completes a passing 1.2 learner.
        for (const scos of activities) expect(moodleCompletes({ requiredStatuses: ['completed'], allScos: advised.allScos }, version, scos)).toBe(false);
      }
    });
  }, 90_000);
});
