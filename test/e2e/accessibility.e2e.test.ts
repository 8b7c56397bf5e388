import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSampleCourse } from '../support/sampleCourse';
import { chromiumForThisFile, TestLms } from '../conformance/support/testLms';
import { writePackageFolders } from '../conformance/support/writePackageFolders';
import { axeReport } from './support/axe';
import { launchAppForEachTest } from './support/launchApp';

/** Places reached from the navigation; the capsule editor is opened from the outline. */
const NAV_PLACES = ['framing', 'objectives', 'outline', 'quiz', 'pacing', 'cohorts', 'review', 'checks', 'media'];

/**
 * axe takes all the text inside a treeitem as its visible label, so an expanded module's capsules
 * would have to be part of its name; browsers leave the nested group out of the name, and so do we.
 */
const EXPANDED_MODULE_NAMES = { rule: 'label-content-name-mismatch', selector: '[role="treeitem"][aria-expanded="true"]' };

async function setModulesExpanded(page: Page, expanded: boolean): Promise<void> {
  const toToggle = page.locator(`[data-testid="outline-module"][aria-expanded="${!expanded}"] > .tree-row .tree-row__toggle`);
  while ((await toToggle.count()) > 0) {
    const before = await toToggle.count();
    await toToggle.first().click();
    await expect.poll(() => toToggle.count()).toBe(before - 1);
  }
}

async function placeReady(page: Page): Promise<void> {
  await expect.poll(() => page.locator('#workspace-centre .loading').count()).toBe(0);
  await expect.poll(() => page.locator('#workspace-centre :is(h1, h2)').count()).toBeGreaterThan(0);
}

describe.each([
  { locale: 'fr-FR', language: 'French' },
  { locale: 'en-GB', language: 'English' },
])('axe-core finds no violation (WCAG 2.1 A/AA and best practices) in $language', ({ locale }) => {
  const app = launchAppForEachTest({ locale });

  it('on every place, the capsule editor, the preview and export dialogs and the welcome screen', async () => {
    const { page } = app;
    await page.getByTestId('outline-module').first().waitFor();
    const reports: string[] = [];
    for (const place of NAV_PLACES) {
      await page.getByTestId(`nav-${place}`).click();
      await placeReady(page);
      reports.push(await axeReport(place, page, place === 'outline' ? [EXPANDED_MODULE_NAMES] : []));
    }
    // Module rows are judged on their names collapsed: expanded, axe counts their capsules as their visible text.
    await page.getByTestId('nav-outline').click();
    await setModulesExpanded(page, false);
    reports.push(await axeReport('outline, modules collapsed', page));
    await setModulesExpanded(page, true);

    await page.getByTestId('nav-outline').click();
    await page.getByTestId('outline-capsule').first().dblclick();
    await page.getByTestId('capsule-content').waitFor();
    reports.push(await axeReport('capsule editor', page));

    await page.getByTestId('preview-action').click();
    const preview = page.getByTestId('preview-dialog');
    await preview.waitFor();
    const playerFrame = page.frameLocator('.preview-dialog__frame');
    await playerFrame.locator('#spoc-main h1').waitFor();
    reports.push(await axeReport('preview dialog', page));
    const frame = page.frames().find((candidate) => candidate.url().includes('/preview/'));
    if (!frame) throw new Error('the preview player frame is not loaded');
    reports.push(await axeReport('preview player', frame));
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });

    await page.locator('.topbar button[aria-haspopup="dialog"]').click();
    const exportDialog = page.locator('dialog.export-dialog');
    await exportDialog.waitFor();
    await exportDialog.locator('.export-dialog__footer .button--primary:enabled').waitFor();
    reports.push(await axeReport('export dialog', page));
    await page.keyboard.press('Escape');
    await exportDialog.waitFor({ state: 'detached' });

    await page.getByTestId('close-project').click();
    await page.locator('.welcome').waitFor();
    reports.push(await axeReport('welcome and new course', page));

    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});

describe('axe-core finds no violation in the exported player', () => {
  const chromium = chromiumForThisFile();

  it.each(['fr', 'en'] as const)('played by an LMS, course in %s, with its programme', async (language) => {
    const doc = loadSampleCourse();
    doc.course.language = language;
    const { packages, root } = await writePackageFolders(doc, { version: '1.2', mode: 'course', programmeCohortId: doc.cohorts[0]?.id ?? null });
    chromium.removeAfterAll(root);
    const lms = await TestLms.open(chromium.browser());
    try {
      const [pkg] = packages;
      lms.usePackage(pkg!.folder);
      const frame = await lms.launch('1.2', pkg!.scoPaths[0]!);
      expect(await axeReport(`player (${language})`, frame)).toBe('');
      // The narrow-screen layout has its own menu button and drawer.
      await lms.page.setViewportSize({ width: 360, height: 740 });
      expect(await axeReport(`narrow player (${language})`, frame)).toBe('');
    } finally {
      await lms.dispose();
    }
  }, 60_000);
});
