import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPreview, tabTo, writeNewCapsule } from './support/capsuleJourney';
import { moveEditorCaret } from './support/editorCaret';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

const app = launchAppForEachTest();

async function insertBlockAfterFirstParagraph(page: Page, name: string, block: string): Promise<void> {
  await page.getByTestId('capsule-content').locator('p').first().click();
  await page.keyboard.press('Control+Home');
  await moveEditorCaret(page, 'End');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Insérer un bloc' }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
  // The editor puts the cursor in the new block once it has the focus back: wait for it before the next click.
  await expect
    .poll(() =>
      page.evaluate((testId) => {
        const anchor = document.getSelection()?.anchorNode;
        const element = anchor instanceof Element ? anchor : anchor?.parentElement;
        return document.activeElement?.getAttribute('contenteditable') === 'true' && Boolean(element?.closest(`[data-testid="${testId}"]`));
      }, `block-${block}`),
    )
    .toBe(true);
}

/** Writes a panel's title, then its text (the cursor goes into the panel's paragraph). */
async function writePanel(page: Page, block: string, index: number, title: string, text: string): Promise<void> {
  const panel = page.getByTestId(`block-${block}`).getByTestId('panel').nth(index);
  await panel.getByLabel(`Titre du volet ${index + 1}`).fill(title);
  await panel.locator('.panel__content p').first().click();
  await page.keyboard.type(text);
}

/** Presses Tab in the player until the button or tab `name` has the focus: the learner reaches it with the keyboard alone. */
async function tabToNamed(frame: FrameLocator, page: Page, role: 'button' | 'tab', name: string): Promise<void> {
  await tabTo(page, frame.getByRole(role, { name, exact: true }));
}

describe('interactive blocks', () => {
  it('builds an accordion and tabs in the editor, then a learner opens them with the keyboard alone in the preview', async () => {
    const { page } = app;
    await writeNewCapsule(page, 'Les trois temps du brief', 'Un brief se prépare, se mène et se prolonge.');

    await insertBlockAfterFirstParagraph(page, 'Onglets', 'tabs');
    await insertBlockAfterFirstParagraph(page, 'Accordéon', 'accordion');
    await writePanel(page, 'tabs', 0, 'Atelier', 'Parler du poste.');
    await writePanel(page, 'tabs', 1, 'Bureau', 'Parler des dossiers.');
    await writePanel(page, 'accordion', 0, 'Avant le brief', 'Préparer les trois chiffres.');
    await writePanel(page, 'accordion', 1, 'Pendant', 'Cinq minutes debout.');
    const accordion = page.getByTestId('block-accordion');
    await accordion.getByRole('button', { name: 'Ajouter un volet' }).click();
    await page.keyboard.type('Noter les questions ouvertes.');
    await accordion.getByTestId('panel').nth(2).getByLabel('Titre du volet 3').fill('Après');
    expect(await accordion.getByTestId('panel').count()).toBe(3);
    await accordion.scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-accordion-tabs');

    const frame = await openPreview(page, '.spoc-accordion');
    const pendant = frame.getByRole('button', { name: 'Pendant', exact: true });
    await pendant.waitFor();
    expect(await pendant.getAttribute('aria-expanded')).toBe('false');
    expect(await frame.getByText('Cinq minutes debout.').isVisible()).toBe(false);

    // Accordion: Tab to a heading button, Enter opens its region, Space closes it.
    await tabToNamed(frame, page, 'button', 'Pendant');
    await page.keyboard.press('Enter');
    await expect.poll(() => pendant.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => frame.getByRole('region', { name: 'Pendant' }).innerText()).toBe('Cinq minutes debout.');
    expect(await frame.getByText('Préparer les trois chiffres.').isVisible()).toBe(false);
    await page.keyboard.press('Space');
    await expect.poll(() => frame.getByText('Cinq minutes debout.').isVisible()).toBe(false);
    await page.keyboard.press('Space');

    // Tabs: one Tab stop on the selected tab, arrows move the selection, End and Home jump.
    await tabToNamed(frame, page, 'tab', 'Atelier');
    expect(await frame.getByRole('tabpanel').innerText()).toBe('Parler du poste.');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.getByRole('tab', { name: 'Bureau' }).getAttribute('aria-selected')).toBe('true');
    expect(await frame.getByRole('tab', { name: 'Bureau' }).evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await frame.getByRole('tabpanel').innerText()).toBe('Parler des dossiers.');
    expect(await frame.getByRole('tab', { name: 'Atelier' }).getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('Home');
    await expect.poll(() => frame.getByRole('tabpanel').innerText()).toBe('Parler du poste.');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => frame.getByRole('tabpanel').innerText()).toBe('Parler des dossiers.');
    // Tab leaves the tablist for the open panel, not for the other tab.
    await page.keyboard.press('Tab');
    expect(await frame.getByRole('tabpanel').evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, 'preview-accordion-tabs');
    app.assertNoProblems();
  }, 90_000);
});
