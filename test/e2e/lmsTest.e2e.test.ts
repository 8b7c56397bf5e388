import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

const app = launchAppForEachTest();

/** Opens the export dialog, picks the options, and runs "Tester comme dans le LMS". */
async function openLmsTest(page: Page, choose: { version?: RegExp; mode?: RegExp } = {}) {
  await page.getByRole('button', { name: 'Exporter' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
  if (choose.version) await exportDialog.getByRole('radio', { name: choose.version }).check();
  if (choose.mode) await exportDialog.getByRole('radio', { name: choose.mode }).check();
  await exportDialog.getByRole('button', { name: 'Tester comme dans le LMS' }).click();
  const dialog = page.getByRole('dialog', { name: 'Test comme dans le LMS' });
  await dialog.waitFor();
  // The test LMS page (its own origin) frames the SCO, as an LMS player page does.
  const sco = page.frameLocator('[data-testid=lms-test-frame]').frameLocator('#sco');
  return { dialog, sco };
}

describe('Test as in the LMS (browser mode)', () => {
  it('plays the exported 1.2 package against the SCORM runtime and shows what the LMS records', async () => {
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const { dialog, sco } = await openLmsTest(page);
    await sco.locator('#spoc-main h1').waitFor();
    // The player found the LMS's API (no preview mode) and the LMS recorded its first commit.
    await expect.poll(() => dialog.getByTestId('lms-status').innerText()).toBe('incomplete');
    await expect.poll(() => dialog.getByTestId('lms-commits').innerText()).toMatch(/^\d+ commits?\n[\d\s\u202f]+ octets/);
    await expect.poll(() => dialog.getByTestId('lms-suspend-data').innerText()).toMatch(/\d+ \/ 4096 caractères/);
    await screenshot(page, 'lms-test');
  });
});
