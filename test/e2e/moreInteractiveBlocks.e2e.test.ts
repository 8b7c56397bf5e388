import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportText } from '../../shared/export/exportNotice';
import { chromiumForThisFile } from '../conformance/support/testLms';
import { axeReport } from './support/axe';
import { closePreview, exportPackage, openPreview, playExportedCapsule, tabTo, writeNewCapsule } from './support/capsuleJourney';
import { moveEditorCaret } from './support/editorCaret';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();
const chromium = chromiumForThisFile();

/** Inserts a block from the menu on a new line after the capsule's first paragraph; the caret ends in the block. */
async function insertAfterFirstParagraph(page: Page, name: string, block: string): Promise<void> {
  await page.getByTestId('capsule-content').locator('p').first().click();
  await page.keyboard.press('Control+Home');
  await moveEditorCaret(page, 'End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Insérer un bloc' }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
  await page.getByTestId(`block-${block}`).waitFor();
}

/** Writes a titled panel (or hotspot): its title field, then its text (the cursor goes into its paragraph). */
async function writeItem(page: Page, item: Locator, titleLabel: string, title: string, text: string): Promise<void> {
  await item.getByLabel(titleLabel).fill(title);
  await item.locator('.panel__content p').first().click();
  await page.keyboard.type(text);
}

/** Flips a card, walks the process to its end and opens the second hotspot, with the keyboard alone. */
async function playWithKeyboard(page: Page, player: Frame | FrameLocator): Promise<void> {
  const card = player.locator('.spoc-card-front').nth(1);
  await tabTo(page, card);
  await page.keyboard.press('Enter');
  await expect.poll(() => player.locator('.spoc-flashcards [role="status"]').textContent()).toBe(`${exportText('fr', 'cardBack')}Un fait, un effet, une attente.`);
  expect(await card.getAttribute('aria-expanded')).toBe('true');

  const next = player.locator('[data-spoc-step="1"]');
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect.poll(() => player.locator('.spoc-process [role="status"]').textContent()).toBe('Étape 2 sur 2 Mener');
  expect(await player.locator('.spoc-process li:not([hidden])').innerText()).toContain('Cinq minutes debout.');
  expect(await next.getAttribute('aria-disabled')).toBe('true');

  expect(await player.locator('.spoc-timeline .spoc-panel-title').allInnerTexts()).toEqual(['Semaine 1', 'Semaine 2']);

  expect(await player.locator('.spoc-graphic img').getAttribute('alt')).toBe('Les cinq temps du brief');
  const second = player.locator('.spoc-hotspot').nth(1);
  expect(await second.getAttribute('aria-label')).toBe('2. Chiffres');
  await tabTo(page, second);
  await page.keyboard.press('Space');
  await expect.poll(() => player.locator('.spoc-graphic [role="region"]:not([hidden])').innerText()).toMatch(/^2\. Chiffres\s+Les trois chiffres du jour\.$/);
}

describe('flashcards, process, timeline and labeled graphic, from the editor to the LMS', () => {
  it('builds them in a capsule, previews them and plays the exported package with the keyboard alone, axe clean', async () => {
    const { page } = app;
    await writeNewCapsule(page, 'Les outils du brief', 'Quatre façons de retenir le brief.');

    // Inserted last first: each goes right under the first paragraph.
    await insertAfterFirstParagraph(page, 'Image à points d’intérêt', 'labeledGraphic');
    await insertAfterFirstParagraph(page, 'Frise chronologique', 'timeline');
    await insertAfterFirstParagraph(page, 'Processus en étapes', 'process');
    await insertAfterFirstParagraph(page, 'Cartes à retourner', 'flashcards');

    const cards = page.getByTestId('block-flashcards').getByTestId('panel');
    await writeItem(page, cards.nth(0), 'Recto de la carte 1', 'Écoute active', 'Reformuler ce que dit l’autre.');
    await writeItem(page, cards.nth(1), 'Recto de la carte 2', 'Feedback', 'Un fait, un effet, une attente.');
    const steps = page.getByTestId('block-process').getByTestId('panel');
    await writeItem(page, steps.nth(0), 'Titre de l’étape 1', 'Préparer', 'Trois chiffres.');
    await writeItem(page, steps.nth(1), 'Titre de l’étape 2', 'Mener', 'Cinq minutes debout.');
    const events = page.getByTestId('block-timeline').getByTestId('panel');
    await writeItem(page, events.nth(0), 'Date ou période 1', 'Semaine 1', 'Le rôle du manager.');
    await writeItem(page, events.nth(1), 'Date ou période 2', 'Semaine 2', 'Communiquer.');

    const graphic = page.getByTestId('block-labeledGraphic');
    await graphic.getByLabel('Image de la médiathèque').selectOption({ label: 'brief-5-temps.svg' });
    await graphic.getByLabel('Texte alternatif (obligatoire)').fill('Les cinq temps du brief');
    const hotspots = graphic.getByTestId('hotspot');
    await writeItem(page, hotspots.nth(0), 'Titre du point 1', 'Accueil', 'On se dit bonjour.');
    // From the keyboard: the position typed in percent.
    await hotspots.nth(0).getByLabel('Horizontale (%)').fill('12');
    await writeItem(page, hotspots.nth(1), 'Titre du point 2', 'Chiffres', 'Les trois chiffres du jour.');
    // With the mouse: a click on the preview places the chosen hotspot there.
    await graphic.getByLabel(/^Aperçu/).selectOption({ label: '2' });
    const stage = graphic.getByTestId('graphic-stage');
    await stage.locator('img').waitFor();
    const box = (await stage.boundingBox())!;
    await stage.click({ position: { x: box.width * 0.6, y: box.height * 0.4 } });
    await expect.poll(() => hotspots.nth(1).getByLabel('Horizontale (%)').inputValue()).toBe('60');
    // A third card, added from the keyboard.
    await page.getByTestId('block-flashcards').getByRole('button', { name: 'Ajouter une carte' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cards.count()).toBe(3);
    await page.keyboard.type('Une question ouverte.');
    await cards.nth(2).getByLabel('Recto de la carte 3').fill('Questionner');
    expect(await axeReport('editor with the four blocks', page)).toBe('');
    await graphic.scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-graphic');
    await waitUntilSaved(page);

    await playWithKeyboard(page, await openPreview(page, '.spoc-flashcards'));
    await screenshot(page, 'preview-four-blocks');
    await closePreview(page);

    const exported = await exportPackage(app, chromium, 'spoc-e2e-blocks-');
    await playExportedCapsule(chromium.browser(), exported, /^Les outils du brief/, '.spoc-flashcards', async (lms, frame) => {
      expect(await axeReport('player with the four blocks', frame)).toBe('');
      await playWithKeyboard(lms.page, frame);
      expect(await axeReport('player with the four blocks in use', frame)).toBe('');
    });
    app.assertNoProblems();
  }, 120_000);
});
