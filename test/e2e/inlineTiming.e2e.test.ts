import { describe, expect, it } from 'vitest';
import { capsuleRowsOf } from './support/outlineRows';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();

const saved = () => waitUntilSaved(app.page);
const firstModule = () => app.page.getByTestId('outline-module').first();
const focusedLabel = () => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

describe('setting a capsule’s time and week where the plan is made', () => {
  it('sets the time and week from the outline with the keyboard, and undoes them', async () => {
    const { page } = app;
    const row = capsuleRowsOf(page, 0).first();
    const title = await row.locator('.tree-row__title').innerText();
    const minutes = row.getByLabel(`Durée de «\u202f${title}\u202f» en minutes (vide\u202f: estimation)`);
    const estimate = await minutes.inputValue();
    const moduleTotal = await firstModule().getByTestId('module-duration').innerText();

    await row.click();
    await page.keyboard.press('Tab');
    await expect.poll(focusedLabel).toContain(`Durée de «\u202f${title}`);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await saved();
    await expect.poll(() => firstModule().getByTestId('module-duration').innerText()).not.toBe(moduleTotal);

    await page.keyboard.press('Tab');
    await expect.poll(focusedLabel).toBe(`Semaine de «\u202f${title}\u202f»`);
    await page.keyboard.press('ArrowDown');
    await saved();
    await expect.poll(() => row.getByLabel(`Semaine de «\u202f${title}\u202f»`).inputValue()).toBe('2');
    await screenshot(page, 'outline-inline-timing');

    // A refused time says why at the field and saves nothing.
    await minutes.fill('vingt');
    await minutes.press('Enter');
    await expect.poll(() => row.getByRole('alert').innerText()).toContain('Entrez une durée en minutes');
    await minutes.press('Escape');
    expect(await minutes.inputValue()).toBe('25');

    await page.getByRole('button', { name: /^Annuler/ }).first().click();
    await expect.poll(() => row.getByLabel(`Semaine de «\u202f${title}\u202f»`).inputValue()).toBe('1');
    await page.getByRole('button', { name: /^Annuler/ }).first().click();
    await expect.poll(() => minutes.inputValue()).toBe(estimate);
    await expect.poll(() => firstModule().getByTestId('module-duration').innerText()).toBe(moduleTotal);
  }, 60_000);

  it('sets a capsule’s time on the pacing board, and the week’s workload follows', async () => {
    const { page } = app;
    await page.getByTestId('nav-pacing').click();
    const week1 = page.getByTestId('board-week').first();
    const card = week1.getByTestId('board-capsule').first();
    await card.waitFor();
    const title = await card.locator('.board-card__title').innerText();
    const workload = async () => Number(await week1.getByTestId('week-workload').getAttribute('data-minutes'));
    const before = await workload();
    const field = card.getByLabel(`Durée de «\u202f${title}\u202f» en minutes (vide\u202f: estimation)`);
    await card.getByRole('button', { name: title }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(focusedLabel).toContain(`Durée de «\u202f${title}`);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await saved();
    await expect.poll(workload).toBeGreaterThan(before + 20);
    expect(await field.inputValue()).toBe('30');
    await screenshot(page, 'pacing-inline-minutes');
    // Emptying the field goes back to the estimate.
    await field.fill('');
    await field.press('Enter');
    await expect.poll(workload).toBeCloseTo(before, 0);
  }, 60_000);

  it('refuses a time of 0 min and flags a capsule that still counts 0 min', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Ajouter une capsule' }).first().click();
    await page.getByLabel('Titre de la capsule').fill('Capsule à écrire');
    await page.keyboard.press('Enter');
    const row = page.getByTestId('outline-capsule').filter({ hasText: 'Capsule à écrire' });
    const minutes = row.getByLabel('Durée de «\u202fCapsule à écrire\u202f» en minutes (vide\u202f: estimation)');
    await expect.poll(() => minutes.inputValue()).toBe('0');
    // Typing 0 itself is refused at the field.
    await minutes.fill('00');
    await minutes.press('Enter');
    await expect.poll(() => row.getByRole('alert').innerText()).toContain('plus de 0');
    await minutes.press('Escape');

    await page.getByTestId('nav-checks').click();
    const finding = page.locator('[data-testid="finding"][data-check="capsule-without-time"]');
    await expect.poll(() => finding.innerText()).toContain('«\u202fCapsule à écrire\u202f» compte 0\u202fmin');
    await screenshot(page, 'checks-capsule-without-time');
  }, 60_000);
});
