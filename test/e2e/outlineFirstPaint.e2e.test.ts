import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeReport } from './support/axe';
import { launchOnLargeCourseForThisFile } from './support/launchApp';

/** What the first frame with outline rows held: rows starting below the screen (past the tree's own offset), and week options. */
interface FirstFrame {
  rows: number;
  rowsBelowScreen: number;
  options: number;
}

/** The labels a week menu offers (hidden options are not offered). */
const offeredWeeks = (select: Locator) => select.evaluate((element) => [...(element as HTMLSelectElement).options].filter((option) => !option.hidden).map((option) => option.text));
const width = (select: Locator) => select.evaluate((element) => element.getBoundingClientRect().width);

describe('the outline’s first paint holds only what is on screen', () => {
  const large = launchOnLargeCourseForThisFile();

  it('paints the rows of the first screen, then renders the screens around them without a scroll', async () => {
    const { page } = large.app;
    await page.addInitScript(() => {
      const check = () => {
        const tree = document.querySelector('[data-testid="outline-tree"]');
        const rows = [...(tree?.querySelectorAll('[role="row"]') ?? [])];
        if (!tree || rows.length === 0) return requestAnimationFrame(check);
        const below = innerHeight + tree.getBoundingClientRect().top;
        const frame: FirstFrame = {
          rows: rows.length,
          rowsBelowScreen: rows.filter((row) => row.getBoundingClientRect().top > below).length,
          options: tree.querySelectorAll('option').length,
        };
        (window as unknown as { firstFrame: FirstFrame }).firstFrame = frame;
      };
      requestAnimationFrame(check);
    });
    await page.reload();
    const firstFrame = () => page.evaluate(() => (window as unknown as { firstFrame?: FirstFrame }).firstFrame);
    await expect.poll(firstFrame).toBeDefined();
    const first = (await firstFrame())!;
    expect(first.rowsBelowScreen, 'rows below the first screen in the first frame').toBe(0);
    // Each capsule row's week menu holds its week and a hidden width keeper, not the course's 20 weeks.
    expect(first.options).toBeLessThanOrEqual(2 * first.rows);

    // Right after, the next screen is rendered too, so a scroll shows rows at once.
    const rowsBelowTwoThirds = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-testid="outline-tree"] [role="row"]')].filter((row) => row.getBoundingClientRect().top > 1.5 * innerHeight).length);
    await expect.poll(rowsBelowTwoThirds).toBeGreaterThan(5);
    await page.mouse.move(700, 500);
    await page.mouse.wheel(0, 1800);
    await expect
      .poll(() => page.evaluate(() => [...document.querySelectorAll('[data-testid="outline-tree"] [role="row"]')].some((row) => row.getBoundingClientRect().bottom >= innerHeight)))
      .toBe(true);
  });

  it('gives every capsule row a week menu that lists all the weeks once used, by keyboard and by mouse, and keeps its width', async () => {
    const { page } = large.app;
    await page.reload();
    const rows = page.getByTestId('outline-capsule');
    const first = rows.nth(0);
    const title = await first.locator('.tree-row__title').innerText();
    const week = first.getByRole('combobox', { name: `Semaine de «\u202f${title}\u202f»` });
    const weeks = Array.from({ length: 20 }, (_, index) => `Semaine ${index + 1}`);
    expect(await week.inputValue()).toBe('1');
    expect(await week.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Semaine 1');
    const closedWidth = await width(week);
    expect(await axeReport('outline with week menus not yet used', page)).toBe('');

    // Keyboard: the row, its time, then its week; End picks the last week.
    await first.click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Semaine de «\u202f${title}\u202f»`);
    expect(await offeredWeeks(week)).toEqual(weeks);
    expect(await width(week)).toBe(closedWidth);
    await page.keyboard.press('End');
    await expect.poll(() => week.inputValue()).toBe('20');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('✓ Enregistré');

    // Mouse: a press on another row's menu offers every week, and one is picked.
    const second = rows.nth(1);
    const secondTitle = await second.locator('.tree-row__title').innerText();
    const secondWeek = second.getByRole('combobox', { name: `Semaine de «\u202f${secondTitle}\u202f»` });
    await secondWeek.click();
    expect(await offeredWeeks(secondWeek)).toEqual(weeks);
    await secondWeek.selectOption({ label: 'Semaine 3' });
    await expect.poll(() => secondWeek.inputValue()).toBe('3');
    await page.keyboard.press('Escape');
    expect(await axeReport('outline with week menus in use', page)).toBe('');

    // Both choices were saved: a reload shows them.
    await page.reload();
    await expect.poll(() => week.inputValue()).toBe('20');
    expect(await secondWeek.inputValue()).toBe('3');
  }, 60_000);
});
