import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byPosition } from '../../shared/model/byPosition';
import { axeReport } from './support/axe';
import { launchOnLargeCourseForThisFile } from './support/launchApp';
import { screenshot } from './support/screenshot';

/** What has focus in the outline: its title and where the row says it sits. */
const focusedRow = (page: Page) =>
  page.evaluate(() => {
    const row = document.activeElement;
    if (row?.getAttribute('role') !== 'row') return null;
    const box = row.getBoundingClientRect();
    return {
      title: row.querySelector('.tree-row__title')?.textContent ?? '',
      level: row.getAttribute('aria-level'),
      position: `${row.getAttribute('aria-posinset')}/${row.getAttribute('aria-setsize')}`,
      rowIndex: `${row.getAttribute('aria-rowindex')}/${row.closest('[role="treegrid"]')?.getAttribute('aria-rowcount')}`,
      onScreen: box.top >= 0 && box.bottom <= innerHeight,
    };
  });

describe('the outline of a 200-capsule course renders only the rows near the screen', () => {
  const large = launchOnLargeCourseForThisFile();

  it('keeps the DOM small while the keyboard, the selection and axe reach every row', async () => {
    const { app, course } = large;
    const { page } = app;
    const modules = [...course.document.modules].sort(byPosition);
    const lastModule = modules[modules.length - 1]!;
    const lastCapsules = course.document.capsules.filter((capsule) => capsule.moduleId === lastModule.id).sort(byPosition);
    const lastCapsule = lastCapsules[lastCapsules.length - 1]!;
    const totalRows = modules.length + course.document.capsules.length;
    const rowsInDom = () => page.locator('[data-testid="outline-tree"] [role="row"]').count();

    await page.getByTestId('outline-module').first().waitFor();
    expect(totalRows).toBe(220);
    expect(await rowsInDom()).toBeLessThan(totalRows / 3);

    // End reaches the last capsule, which was not rendered, focuses it and brings it on screen.
    await page.getByTestId('outline-module').first().focus();
    await page.keyboard.press('End');
    await expect.poll(() => focusedRow(page)).toEqual({ title: lastCapsule.title, level: '2', position: `${lastCapsules.length}/${lastCapsules.length}`, rowIndex: `${totalRows}/${totalRows}`, onScreen: true });
    expect(await rowsInDom()).toBeLessThan(totalRows / 3);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedRow(page).then((row) => row?.title)).toBe(lastCapsules[lastCapsules.length - 2]!.title);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedRow(page).then((row) => row?.title)).toBe(lastCapsule.title);
    // Selection follows focus, and the roving tab stop stays on that row.
    await expect.poll(() => page.getByRole('complementary', { name: 'Propriétés' }).getByRole('heading').innerText()).toBe(lastCapsule.title);
    expect(await page.locator('[data-testid="outline-tree"] [tabindex="0"][role="row"] .tree-row__title').innerText()).toBe(lastCapsule.title);
    expect(await axeReport('outline scrolled to its end', page)).toBe('');
    await screenshot(page, 'outline-windowed-end');

    // A finding far down the course opens the outline on its capsule, scrolled into view.
    await page.getByTestId('nav-checks').click();
    await page.getByLabel('Durée maximale d’une capsule (min)').fill('1');
    await page.getByRole('button', { name: 'Enregistrer les seuils' }).click();
    const tooLong = page.locator('[data-testid="finding"][data-check="capsule-too-long"]');
    await expect.poll(() => tooLong.count()).toBeGreaterThan(20);
    await tooLong.last().getByRole('button', { name: 'Aller à l’élément' }).click();
    const selected = page.locator('[data-testid="outline-tree"] [aria-selected="true"]');
    await expect.poll(() => selected.evaluate((row) => row.getBoundingClientRect().top >= 0 && row.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await selected.evaluate((row) => parseFloat((row as HTMLElement).style.top) > 2 * innerHeight), 'the finding is far down the course').toBe(true);
    const selectedTitle = await selected.locator('.tree-row__title').innerText();
    await expect.poll(() => page.getByRole('complementary', { name: 'Propriétés' }).getByRole('heading').innerText()).toBe(selectedTitle);

    // Home goes back to the first module.
    await page.locator('[data-testid="outline-tree"] [aria-selected="true"]').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => focusedRow(page)).toEqual({ title: modules[0]!.title, level: '1', position: `1/${modules.length}`, rowIndex: `1/${totalRows}`, onScreen: true });
    expect(await rowsInDom()).toBeLessThan(totalRows / 3);

    // A search finds a capsule far down the course.
    await page.getByRole('searchbox', { name: 'Rechercher dans le plan' }).fill(lastCapsule.title);
    await expect.poll(() => page.getByTestId('outline-capsule').filter({ hasText: lastCapsule.title }).count()).toBeGreaterThan(0);
  }, 120_000);
});
