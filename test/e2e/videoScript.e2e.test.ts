import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();

const content = () => app.page.getByTestId('capsule-content');
const script = () => app.page.getByTestId('block-videoScript');
const cellTexts = () => script().locator('td').allInnerTexts();

async function openNewCapsuleWithScript(): Promise<void> {
  const { page } = app;
  await page.getByTestId('outline-module').first().waitFor();
  await page.getByRole('button', { name: 'Ajouter une capsule' }).first().click();
  await page.getByLabel('Titre de la capsule').fill('Tournage en atelier');
  await page.keyboard.press('Enter');
  const row = page.getByTestId('outline-capsule').filter({ hasText: 'Tournage en atelier' });
  // The new row takes the focus once the outline shows it: Enter then opens it.
  await expect.poll(() => row.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Enter');
  await content().waitFor();
  await page.getByRole('button', { name: 'Insérer un bloc' }).click();
  await page.getByRole('menuitem', { name: 'Script vidéo', exact: true }).click();
  await script().waitFor();
}

describe('video script from the keyboard', () => {
  it('moves from cell to cell with Tab, adds a row after the last cell, and never reaches the remove button', async () => {
    const { page } = app;
    await openNewCapsuleWithScript();
    await script().locator('td[data-block="scriptNarration"]').first().click();
    await page.keyboard.type('Bonjour');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Plan large');
    await page.keyboard.press('Tab');
    await expect.poll(() => script().getByTestId('script-row').count()).toBe(2);
    await page.keyboard.type('Ensuite');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(', puis serré');
    // A Space after Tab types a space in the next cell; it never presses a button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.type('Gros plan');
    await expect.poll(cellTexts).toEqual(['Bonjour', 'Plan large, puis serré', 'Ensuite', expect.stringMatching(/^\s?Gros plan$/)]);
    expect(await script().count()).toBe(1);
    expect(await content().evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await waitUntilSaved(app.page);
  }, 60_000);

  it('removes a block only once the removal is confirmed', async () => {
    const { page } = app;
    await openNewCapsuleWithScript();
    await script().locator('td[data-block="scriptNarration"]').first().click();
    await page.keyboard.type('Bonjour');
    await script().getByRole('button', { name: 'Supprimer le bloc (Script vidéo)' }).click();
    const question = script().getByRole('group', { name: 'Supprimer ce bloc (Script vidéo)\u202f?' });
    await question.waitFor();
    // Shown as a warning (its own styles, though no place that asks to confirm has loaded before the editor).
    expect(await question.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, 'editor-remove-block');
    await question.getByRole('button', { name: 'Annuler' }).click();
    expect(await script().count()).toBe(1);
    await script().getByRole('button', { name: 'Supprimer le bloc (Script vidéo)' }).click();
    await script().getByRole('button', { name: 'Confirmer' }).click();
    await script().waitFor({ state: 'detached' });
  }, 60_000);
});
