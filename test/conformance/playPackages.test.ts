import { describe, expect, it } from 'vitest';
import { PackagingModeSchema, ScormVersionSchema } from '../../shared/model/course';
import { compactSample } from './support/compactSample';
import { mostlyRight, mostlyWrong } from './support/learnerWalk';
import { playScoTwice } from './support/playSco';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';
import { validateManifest } from './xsd/validateManifest';

const combinations = ScormVersionSchema.options.flatMap((version) => PackagingModeSchema.options.map((mode) => ({ version, mode })));

describe('exported packages validate, play and resume in Chromium against scorm-again', () => {
  const chromium = chromiumForThisFile();

  it.each(combinations)('SCORM $version, mode $mode', async ({ version, mode }) => {
    const doc = compactSample();
    const { packages, root } = await writePackageFolders(doc, { version, mode });
    chromium.removeAfterAll(root);
    expect(packages).toHaveLength(mode === 'module-packages' ? doc.modules.length : 1);
    for (const pkg of packages) expect(validateManifest(pkg.manifest, version)).toBe('');

    await withTestLms(chromium.browser(), async (lms) => {
      const outcomes: string[] = [];
      for (const pkg of packages) {
        lms.usePackage(pkg.folder);
        for (const scoPath of pkg.scoPaths) {
          // Every other SCO is answered mostly wrong, so both verdicts reach the LMS.
          const { outcome } = await playScoTwice(lms, version, scoPath, outcomes.length % 2 === 0 ? mostlyRight : mostlyWrong);
          outcomes.push(outcome.success);
        }
      }
      expect(outcomes).toEqual(mode === 'course' ? ['passed'] : ['passed', 'failed']);
      expect(lms.problems).toEqual({ consoleErrors: [], consoleWarnings: [], outsideRequests: [], failedRequests: [] });
      expect(lms.missingFiles()).toEqual([]);
    });
  }, 60_000);
});
