import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { player } from '../../shared/i18n/player';
import { createTestServices } from '../electron/services/serviceHarness';
import { ROOT } from './support/buildPlayerAssets';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

/** "Durée : 2 h 15" / "Durée : 45 min" back to whole minutes. */
function coverMinutes(text: string): number {
  const match = /(\d+)\s*h(?:\s*(\d{2}))?|(\d+)\s*min/.exec(text);
  if (!match) throw new Error(`no duration in "${text}"`);
  return match[3] !== undefined ? Number(match[3]) : Number(match[1]) * 60 + Number(match[2] ?? 0);
}

describe('the player cover and the app outline agree on the course duration', () => {
  const chromium = chromiumForThisFile();

  it('the sample: the cover says the outline total (same minute), exported from the project the app opens', async () => {
    const services = createTestServices({ resourcesDir: path.join(ROOT, 'resources') });
    try {
      await services.api.openSampleProject({});
      const outline = await services.api.getOutline({});
      const doc = await services.api.getCourseDocument({});
      const { packages, root } = await writePackageFolders(doc, { version: '2004-4th', mode: 'course' });
      chromium.removeAfterAll(root);
      await withTestLms(chromium.browser(), async (lms) => {
        lms.usePackage(packages[0]!.folder);
        const frame = await lms.launch('2004', packages[0]!.scoPaths[0]!);
        const cover = frame.getByRole('region', { name: player.fr.coverLabel });
        const duration = await cover.locator('.spoc-cover-facts span').first().textContent();
        expect(coverMinutes(duration ?? '')).toBe(Math.round(outline.totalMinutes));
      });
    } finally {
      services.cleanup();
    }
  }, 60_000);
});
