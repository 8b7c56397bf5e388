import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { byPosition } from '../../shared/model/byPosition';
import { loadSampleCourse } from '../support/sampleCourse';
import { chromiumForThisFile, TestLms } from '../conformance/support/testLms';
import { writePackageFolders } from '../conformance/support/writePackageFolders';
import { axeReport } from './support/axe';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

/** Places reached from the navigation; the capsule editor is opened from the outline. */
const NAV_PLACES = ['framing', 'objectives', 'outline', 'quiz', 'pacing', 'cohorts', 'review', 'checks', 'media'];

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
      reports.push(await axeReport(place, page));
    }
    // The outline again, its modules expanded and a first module collapsed (its row then ends its card).
    await page.getByTestId('nav-outline').click();
    await page.getByTestId('outline-module').first().locator('.tree-row__toggle').click();
    await expect.poll(() => page.getByTestId('outline-module').first().getAttribute('aria-expanded')).toBe('false');
    reports.push(await axeReport('outline, first module collapsed', page));

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

  it('shows right-to-left titles and text right to left', async () => {
    const doc = loadSampleCourse();
    // The capsule the player opens on: the first of the first module.
    const firstModule = [...doc.modules].sort(byPosition)[0]!;
    const capsule = doc.capsules.filter((candidate) => candidate.moduleId === firstModule.id).sort(byPosition)[0]!;
    capsule.title = ARABIC_TITLE;
    capsule.content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'هذا نص باللغة العربية.' }] }] };
    const { packages, root } = await writePackageFolders(doc, { version: '1.2', mode: 'course' });
    chromium.removeAfterAll(root);
    const lms = await TestLms.open(chromium.browser());
    try {
      lms.usePackage(packages[0]!.folder);
      const frame = await lms.launch('1.2', packages[0]!.scoPaths[0]!);
      const direction = (selector: string) => frame.locator(selector).first().evaluate((element) => getComputedStyle(element).direction);
      await expect.poll(() => frame.locator('#spoc-capsule-title').innerText()).toBe(ARABIC_TITLE);
      expect(await direction('#spoc-capsule-title')).toBe('rtl');
      expect(await direction('.spoc-content p')).toBe('rtl');
      expect(await direction('.spoc-eyebrow')).toBe('ltr');
      expect(await frame.locator('#spoc-nav [aria-current] span[dir="auto"]').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    } finally {
      await lms.dispose();
    }
  }, 60_000);

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

  it('the editor toolbar is one tab stop: arrows move inside it, Tab leaves it and comes back to the last button used', async () => {
    const { page } = app;
    await page.getByTestId('outline-capsule').first().dblclick();
    await page.getByTestId('capsule-content').waitFor();
    const toolbar = page.getByRole('toolbar');
    const tabStops = () => toolbar.evaluate((element) => [...element.querySelectorAll('button')].filter((button) => button.tabIndex === 0 && !button.disabled).length);
    await expect.poll(tabStops).toBe(1);
    await toolbar.getByRole('button', { name: 'H2 Titre' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedElement(page)).toMatch(/^button H3/);
    expect(await tabStops()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await toolbar.evaluate((element) => element.contains(document.activeElement)), 'Tab leaves the toolbar').toBe(false);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedElement(page)).toMatch(/^button H3/);
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

describe('moves and workload changes are announced politely', () => {
  const app = launchAppForEachTest();
  const announcer = () => app.page.getByTestId('live-announcer');

  it('Alt+↓ on an outline row says where it landed', async () => {
    const { page } = app;
    const capsule = page.getByTestId('outline-capsule').first();
    const title = await capsule.locator('.tree-row__title').innerText();
    expect(await announcer().getAttribute('aria-live')).toBe('polite');
    await capsule.focus();
    await page.keyboard.press('Alt+ArrowDown');
    // French typography puts no-break spaces inside « »: compare the words.
    await expect.poll(async () => (await announcer().innerText()).replace(/[\u00a0\u202f]/g, ' ')).toBe(`« ${title} » déplacée dans le module 1, en position 2 sur 5.`);
  });

  it('Alt+→ on a pacing card says the new week and its workload', async () => {
    const { page } = app;
    await page.getByTestId('nav-pacing').click();
    const card = page.getByTestId('board-week').nth(2).getByTestId('board-capsule').last();
    const title = await card.locator('.board-card__title').innerText();
    await card.getByRole('button', { name: title }).focus();
    await page.keyboard.press('Alt+ArrowRight');
    const workload = page.getByTestId('board-week').nth(3).getByTestId('week-workload');
    await expect.poll(() => page.getByTestId('board-week').nth(3).getByTestId('board-capsule').filter({ hasText: title }).count()).toBe(1);
    // The announcement follows the saved move: wait for it rather than read it at once.
    await expect.poll(() => announcer().innerText()).toContain(title);
    const said = await announcer().innerText();
    expect(said).toMatch(/semaine 4\.[\s\S]*Charge de la semaine 4/);
    expect(said).toContain((await workload.locator('.workload__amount').innerText()).trim());
  });
});

const ARABIC_TITLE = 'مقدمة الدورة';

describe('right-to-left text takes its own direction', () => {
  const app = launchAppForEachTest();

  it('in the app: a capsule renamed in Arabic reads right to left in the outline, the editor title and the text', async () => {
    const { page } = app;
    const capsule = page.getByTestId('outline-capsule').first();
    await capsule.focus();
    await page.keyboard.press('F2');
    expect(await capsule.getByRole('textbox', { name: 'Nouveau titre' }).getAttribute('dir')).toBe('auto');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(ARABIC_TITLE);
    await page.keyboard.press('Enter');
    const title = capsule.locator('.tree-row__title');
    await expect.poll(() => title.innerText()).toBe(ARABIC_TITLE);
    const direction = (locator: typeof title) => locator.evaluate((element) => getComputedStyle(element).direction);
    expect(await direction(title)).toBe('rtl');
    expect(await direction(page.getByTestId('outline-capsule').nth(1).locator('.tree-row__title'))).toBe('ltr');

    await page.keyboard.press('Enter');
    const content = page.getByTestId('capsule-content');
    await content.waitFor();
    expect(await direction(page.locator('.capsule-editor__title span', { hasText: ARABIC_TITLE }))).toBe('rtl');
    expect(await content.getAttribute('dir')).toBe('auto');
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

describe('the pacing board is one tab stop', () => {
  const app = launchAppForEachTest();

  it('arrows walk the cards (↑/↓ in a week, ←/→ across weeks, Home/End), Tab leaves the board and comes back to the last card', async () => {
    const { page } = app;
    await page.getByTestId('nav-pacing').click();
    const board = page.getByTestId('pacing-board');
    await board.getByTestId('board-capsule').first().waitFor();
    const tabStops = () =>
      board.evaluate((element) => [...element.querySelectorAll<HTMLElement>('button, input, select, a[href], [tabindex]')].filter((control) => control.tabIndex >= 0 && !control.matches(':disabled')).length);
    // 71 tab stops before the roving tabindex (19 capsules with time and week fields, headings, modules, "add session").
    await expect.poll(tabStops).toBe(1);
    const week = (index: number) => page.getByTestId('board-week').nth(index);
    const handleOf = (card: ReturnType<Page['getByTestId']>) => card.locator('.board-card__main');
    const isFocused = (locator: ReturnType<Page['getByTestId']>) => locator.evaluate((element) => element === document.activeElement);

    const first = handleOf(week(0).getByTestId('board-capsule').first());
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => isFocused(handleOf(week(0).getByTestId('board-capsule').nth(1)))).toBe(true);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => isFocused(first)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => week(1).evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(() => isFocused(week(1).locator('.week__add'))).toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => isFocused(week(1).locator('.week__heading'))).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => isFocused(week(0).locator('.week__heading'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const last = await focusedElement(page);
    await screenshot(page, 'pacing-board-roving-focus');
    // Only the current card's own fields (its time and its week) join its handle.
    expect(await tabStops()).toBe(3);

    // Tab goes through the card's own fields, then out of the board; Shift+Tab comes back to the same card.
    let presses = 0;
    while ((await board.evaluate((element) => element.contains(document.activeElement))) && presses < 5) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await board.evaluate((element) => element.contains(document.activeElement)), 'Tab leaves the board').toBe(false);
    for (let back = 0; back < presses; back += 1) await page.keyboard.press('Shift+Tab');
    expect(await focusedElement(page)).toBe(last);

    // A card chosen with the pointer becomes the board's stop as well.
    const clicked = handleOf(week(2).getByTestId('board-capsule').first());
    await clicked.click();
    expect(await tabStops()).toBe(3);
    await page.keyboard.press('Shift+Tab');
    expect(await board.evaluate((element) => element.contains(document.activeElement)), 'Shift+Tab leaves the board').toBe(false);
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(clicked)).toBe(true);
  });
});
