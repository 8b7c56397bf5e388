import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadSampleCourse } from '../support/sampleCourse';
import { chromiumForThisFile, TestLms } from '../conformance/support/testLms';
import { writePackageFolders } from '../conformance/support/writePackageFolders';
import { axeReport } from './support/axe';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

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

    await page.getByTestId('export-action').click();
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

/** What has focus, described for a readable failure: tag, id, test id and text. */
function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const testId = element.getAttribute('data-testid');
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${testId ? `[${testId}]` : ''} ${(element.textContent ?? '').trim().slice(0, 40)}`;
  });
}

describe('keyboard-only journeys', () => {
  const app = launchAppForEachTest();

  it('the first Tab shows a skip link that takes focus to the content', async () => {
    const { page } = app;
    await page.getByTestId('outline-module').first().waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
    await expect.poll(() => skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    const box = await skipLink.boundingBox();
    expect(box && box.y >= 0 && box.width > 0, 'the focused skip link is on screen').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedElement(page)).toMatch(/^main#workspace-centre/);
    // The next Tab goes into the content, not back to the top bar.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('workspace-centre')!.contains(document.activeElement))).toBe(true);
  });

  it('choosing a place with Enter moves focus to its heading; Shift+Tab goes back to the navigation', async () => {
    const { page } = app;
    await page.getByTestId('outline-module').first().waitFor();
    await page.getByTestId('nav-framing').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedElement(page)).toMatch(/^h1 Cadrage/);
    // The heading is where reading starts: Shift+Tab leads back to the navigation just before it.
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedElement(page)).toMatch(/^button\[nav-/);
    await page.getByTestId('nav-pacing').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedElement(page)).toMatch(/^h1 Rythme semaine par semaine/);
  });

  it('the export dialog opens with Enter, closes with Escape and gives focus back to its button', async () => {
    const { page } = app;
    await page.getByTestId('outline-module').first().waitFor();
    await page.getByTestId('export-action').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
    await dialog.waitFor();
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement)), 'Tab stays in the modal dialog').toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedElement(page)).toMatch(/\[export-action\]/);
  });

  it('Escape closes the preview even with focus inside its player, and focus returns to "Aperçu"', async () => {
    const { page } = app;
    await page.getByTestId('outline-capsule').first().click();
    await page.getByTestId('preview-action').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('preview-dialog');
    await dialog.waitFor();
    const player = page.frameLocator('.preview-dialog__frame');
    await player.locator('#spoc-main h1').waitFor();
    await player.locator('#spoc-nav [aria-current]').focus();
    expect(await player.locator('#spoc-nav [aria-current]').evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedElement(page)).toMatch(/\[preview-action\]/);
  });
});

describe('at 200 % zoom (720 px wide)', () => {
  const app = launchAppForEachTest({ viewport: { width: 720, height: 800 } });

  it.each(['fr', 'en'] as const)('the top bar fits and the page never scrolls sideways (%s)', async (language) => {
    const { page } = app;
    await page.getByTestId('outline-module').first().waitFor();
    if (language === 'en') await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByTestId('outline-capsule').first().click();
    const overflow = () =>
      page.evaluate(() => {
        const bar = document.querySelector('.topbar')!;
        return { page: document.documentElement.scrollWidth - document.documentElement.clientWidth, topBar: bar.scrollWidth - bar.clientWidth };
      });
    await screenshot(page, `topbar-720-${language}`);
    await expect.poll(overflow).toEqual({ page: 0, topBar: 0 });
  });
});

describe('the exported player on a narrow screen and in forced colours', () => {
  const chromium = chromiumForThisFile();

  it('closing the menu with Escape puts focus back on the menu button; the focus ring stays visible in forced colours', async () => {
    const doc = loadSampleCourse();
    const { packages, root } = await writePackageFolders(doc, { version: '1.2', mode: 'course' });
    chromium.removeAfterAll(root);
    const lms = await TestLms.open(chromium.browser(), { width: 360, height: 740 });
    try {
      lms.usePackage(packages[0]!.folder);
      const frame = await lms.launch('1.2', packages[0]!.scoPaths[0]!);
      const menuButton = frame.locator('.spoc-menu-button');
      await menuButton.focus();
      await lms.page.keyboard.press('Enter');
      await expect.poll(() => frame.locator('#spoc-nav').evaluate((nav) => nav.contains(document.activeElement))).toBe(true);
      await lms.page.keyboard.press('Escape');
      await expect.poll(() => menuButton.evaluate((button) => button === document.activeElement)).toBe(true);

      await lms.page.emulateMedia({ forcedColors: 'active' });
      // Focus from the keyboard, so :focus-visible applies.
      await lms.page.keyboard.press('Tab');
      const ring = await frame.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(ring.style).not.toBe('none');
      expect(ring.width).toBeGreaterThanOrEqual(2);
    } finally {
      await lms.dispose();
    }
  }, 60_000);
});
