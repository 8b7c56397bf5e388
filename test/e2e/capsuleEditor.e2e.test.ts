import { describe, expect, it } from 'vitest';
import { moveEditorCaret } from './support/editorCaret';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { fr } from './support/frenchText';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();

const content = () => app.page.getByTestId('capsule-content');
const capsuleRow = (title: string) => app.page.getByTestId('outline-capsule').filter({ hasText: title });

async function addCapsule(title: string): Promise<void> {
  const { page } = app;
  await page.getByTestId('outline-module').first().waitFor();
  await page.getByRole('button', { name: 'Ajouter une capsule' }).first().click();
  await page.getByLabel('Titre de la capsule').fill(title);
  await page.keyboard.press('Enter');
  // The new row takes the focus once the outline shows it; only then does Enter open it.
  await expect.poll(() => capsuleRow(title).evaluate((row) => row.contains(document.activeElement))).toBe(true);
}

async function insertBlock(name: string): Promise<void> {
  await app.page.getByRole('button', { name: 'Insérer un bloc' }).click();
  await app.page.getByRole('menuitem', { name, exact: true }).click();
}

describe('capsule editor', () => {
  it('writes text and course blocks that are all still there after a reload', async () => {
    const { page } = app;
    await addCapsule('L’écoute active');
    // The new capsule has the focus: Enter opens it.
    await page.keyboard.press('Enter');
    await content().waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'Fil d’Ariane' }).innerText()).toContain('Plan');
    await expect.poll(() => page.getByTestId('capsule-estimate').innerText()).toBe(fr('Durée estimée : 0 min'));

    await content().click();
    await page.keyboard.type('Écouter avant de répondre');
    await page.getByRole('button', { name: 'H2 Titre', exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Trois gestes simples :');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Liste à puces' }).click();
    await page.keyboard.type('reformuler');
    await page.keyboard.press('Enter');
    await page.keyboard.type('questionner');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');

    await insertBlock('Image');
    const image = page.getByTestId('block-image');
    await expect.poll(() => image.getByTestId('image-alt-warning').innerText()).toContain('Texte alternatif manquant');
    await image.getByLabel('Fichier').selectOption({ label: 'brief-5-temps.svg' });
    await image.getByLabel('Texte alternatif (obligatoire)').fill('Les cinq temps du brief, du bonjour au départ');
    expect(await image.getByTestId('image-alt-warning').count()).toBe(0);
    await image.getByLabel('Légende').fill('Le brief en 5 temps');

    await insertBlock('Vidéo');
    const video = page.getByTestId('block-video');
    // The sample's library holds no video yet: the picker says where to import one.
    await expect.poll(() => video.innerText()).toContain('La médiathèque ne contient encore aucun fichier de ce type');
    expect(await video.getByLabel('Fichier').isDisabled()).toBe(true);
    await video.getByLabel('Transcription').fill('Bonjour à tous, aujourd’hui nous parlons d’écoute.');
    await page.locator('#workspace-centre').evaluate((centre) => centre.scrollTo(0, 0));
    await screenshot(page, 'editor-blocks');

    await insertBlock('Script vidéo');
    const script = page.getByTestId('block-videoScript');
    await script.locator('td[data-block="scriptNarration"]').first().click();
    const narration = Array.from({ length: 75 }, (_, i) => `mot${i}`).join(' ');
    await page.keyboard.insertText(narration);
    await script.locator('td[data-block="scriptScreen"]').first().click();
    await page.keyboard.type('Plan serré sur le manager');
    await script.getByRole('button', { name: 'Ajouter une ligne' }).click();
    await page.keyboard.insertText(narration);
    // 150 words at 150 words a minute.
    await expect.poll(() => script.getByTestId('speaking-time').innerText()).toBe('≈ 1 min de parole');
    expect(await script.getByTestId('script-row').count()).toBe(2);
    await script.getByRole('button', { name: 'Ajouter une ligne' }).click();
    expect(await script.getByTestId('script-row').count()).toBe(3);
    await script.getByTestId('script-row').nth(2).getByRole('button', { name: 'Supprimer la ligne' }).click();
    expect(await script.getByTestId('script-row').count()).toBe(2);

    await page.keyboard.press('ControlOrMeta+End');
    await insertBlock('Encadré');
    await page.keyboard.type('Laissez un silence de trois secondes avant de répondre.');

    await waitUntilSaved(page);
    await expect.poll(() => page.getByTestId('capsule-estimate').innerText()).toMatch(/^Durée estimée\s: [12] min$/);
    await screenshot(page, 'editor');

    await page.reload();
    await capsuleRow('L’écoute active').dblclick();
    await content().waitFor();
    await expect.poll(() => content().locator('h2').innerText()).toBe('Écouter avant de répondre');
    expect(await content().locator('ul li').allInnerTexts()).toEqual(['reformuler', 'questionner']);
    const reloadedImage = page.getByTestId('block-image');
    expect(await reloadedImage.getByLabel('Texte alternatif (obligatoire)').inputValue()).toBe('Les cinq temps du brief, du bonjour au départ');
    expect(await reloadedImage.getByLabel('Légende').inputValue()).toBe('Le brief en 5 temps');
    await expect.poll(() => reloadedImage.getByLabel('Fichier').locator('option:checked').innerText()).toBe('brief-5-temps.svg');
    expect(await page.getByTestId('block-video').getByLabel('Transcription').inputValue()).toBe('Bonjour à tous, aujourd’hui nous parlons d’écoute.');
    expect(await page.getByTestId('block-videoScript').getByTestId('script-row').count()).toBe(2);
    await expect.poll(() => page.getByTestId('speaking-time').innerText()).toBe('≈ 1 min de parole');
    await expect.poll(() => page.getByTestId('block-callout').innerText()).toContain('Laissez un silence de trois secondes');
  }, 90_000);

  it('opens a sample capsule from its properties, overrides its time and goes back to the estimate', async () => {
    const { page } = app;
    const contentSaves: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/saveCapsuleContent')) contentSaves.push(request.url());
    });
    await capsuleRow('Le brief quotidien en 5 minutes').click();
    await page.getByRole('button', { name: 'Modifier le contenu' }).click();
    await content().waitFor();
    // Opening a capsule writes nothing (no needless undo step), even once the editor has the focus.
    await page.waitForTimeout(1_500);
    expect(contentSaves).toEqual([]);
    await waitUntilSaved(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toContain('Le brief quotidien en 5 minutes');
    expect(await page.getByTestId('nav-outline').getAttribute('aria-current')).toBe('page');
    const estimate = page.getByTestId('capsule-estimate');
    const computed = (await estimate.innerText()).replace(fr('Durée estimée : '), '');
    expect(computed).toMatch(/^\d+ min$/);
    await screenshot(page, 'editor-sample');

    await page.getByLabel('Durée imposée (minutes)').fill('8');
    await page.keyboard.press('Enter');
    await estimate.filter({ hasText: 'Durée imposée' }).waitFor();
    await expect.poll(() => estimate.innerText()).toBe(fr(`Durée imposée : 8 min (estimation : ${computed})`));
    await expect.poll(() => page.getByRole('complementary', { name: 'Propriétés' }).innerText()).toContain('8 min');
    await page.getByRole('button', { name: 'Revenir à l’estimation' }).click();
    await estimate.filter({ hasText: 'Durée estimée' }).waitFor();
    await expect.poll(() => estimate.innerText()).toBe(fr(`Durée estimée : ${computed}`));

    await page.getByTestId('breadcrumb-outline').click();
    await page.getByTestId('outline-tree').waitFor();
    expect(await capsuleRow('Le brief quotidien en 5 minutes').getAttribute('aria-selected')).toBe('true');
  }, 60_000);

  it('works from the keyboard: opens a capsule, refuses a link that is not https, inserts a block from the menu', async () => {
    const { page } = app;
    await addCapsule('Les mots qui apaisent');
    await page.keyboard.press('Enter');
    await content().waitFor();
    // The editor takes the focus as soon as it opens.
    await expect.poll(() => content().evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('Lire le guide');
    await expect.poll(() => content().innerText()).toBe('Lire le guide');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Lien', exact: true }).click();
    const address = page.getByLabel('Adresse du lien (https://…)');
    await address.fill('http://exemple.fr/guide');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Seules les adresses https:// et mailto: sont acceptées.');
    expect(await content().locator('a').count()).toBe(0);
    await address.fill('exemple.fr/guide');
    await page.keyboard.press('Enter');
    await expect.poll(() => content().locator('a').getAttribute('href')).toBe('https://exemple.fr/guide');

    await moveEditorCaret(page, 'End');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insérer un bloc' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('menuitem', { name: 'Image', exact: true }).evaluate((item) => item === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Script vidéo');
    // Up past the seven interactive blocks (scénario … accordéon) and Consignes d’activité.
    for (let presses = 0; presses < 9; presses++) await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('À retenir');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Un silence vaut mieux qu’une réponse trop rapide.');
    await expect.poll(() => page.getByTestId('block-keyPoints').locator('li').innerText()).toBe('Un silence vaut mieux qu’une réponse trop rapide.');
    await waitUntilSaved(page);
  }, 60_000);
});
