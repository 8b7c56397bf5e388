import { describe, expect, it } from 'vitest';
import { PackagingModeSchema } from '../../shared/model/course';
import { readToTheEndAnsweringRight } from './support/answerInPage';
import { cmiValue } from './support/expectedTracking';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { loadSampleCourse, writePackageFolders } from './support/writePackageFolders';

// Chromium drops a beacon (Moodle's unload commit) over 64 KiB in flight.
const BEACON_LIMIT = 64 * 1024;

describe('SCORM 2004: what matters is committed before unload, and each SCO’s data model stays small', () => {
  const chromium = chromiumForThisFile();

  it.each(PackagingModeSchema.options)('the whole sample, mode %s', async (mode) => {
    const { packages, root } = await writePackageFolders(loadSampleCourse(), { version: '2004-4th', mode });
    chromium.removeAfterAll(root);
    await withTestLms(chromium.browser(), async (lms) => {
      const largest: number[] = [];
      for (const pkg of packages) {
        lms.usePackage(pkg.folder);
        for (const scoPath of pkg.scoPaths) {
          const frame = await lms.launch('2004', scoPath);
          await readToTheEndAnsweringRight(frame);
          // The unload commit may be lost (beacon dropped): the last commit before it must hold the result and the time.
          const before = await lms.commits();
          expect(before.last, scoPath).not.toBeNull();
          expect(cmiValue(before.last!, 'cmi.completion_status'), scoPath).toBe('completed');
          expect(cmiValue(before.last!, 'cmi.success_status'), scoPath).toBe('passed');
          const log = await lms.setLog();
          const timeSet = log.map(([element]) => element).lastIndexOf('cmi.session_time');
          expect(timeSet, `${scoPath}: session time written before unload`).toBeGreaterThanOrEqual(0);
          expect(before.setCount, `${scoPath}: and committed`).toBeGreaterThan(timeSet);
          const final = await lms.close();
          expect(final.terminated).toBe(true);
          const { sizes } = await lms.commits();
          largest.push(Math.max(...sizes));
        }
      }
      console.info(`2004-4th ${mode}: largest data model per SCO, in characters: ${largest.join(', ')}`);
      for (const size of largest) expect(size).toBeLessThan(BEACON_LIMIT / 2);
    });
  }, 180_000);
});
