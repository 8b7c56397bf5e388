import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordsOf } from '../conformance/support/expectedTracking';
import { chromiumForThisFile } from '../conformance/support/testLms';
import { axeReport } from './support/axe';
import { closePreview, exportPackage, openPreview, playExportedCapsule, tabTo, writeNewCapsule } from './support/capsuleJourney';
import { moveEditorCaret } from './support/editorCaret';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();
const chromium = chromiumForThisFile();

/** Writes a situation's title and text. */
async function writeSituation(page: Page, situation: Locator, number: number, title: string, text: string): Promise<void> {
  await situation.getByLabel(`Titre de la situation ${number}`).fill(title);
  await situation.locator('.panel__content p').first().click();
  await page.keyboard.type(text);
}

/** Plays the detour then the good path with the keyboard: each choice moves the focus to the next situation's heading. */
async function playWithKeyboard(page: Page, player: Frame | FrameLocator): Promise<void> {
  const heading = player.locator('.spoc-situation:not([hidden]) [tabindex="-1"]');
  await tabTo(page, player.getByRole('button', { name: 'Le reprendre devant l’équipe' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => heading.innerText()).toBe('Devant l’équipe');
  expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
  await expect.poll(() => player.locator('.spoc-scenario-feedback').innerText()).toContain('Il se ferme.');
  await tabTo(page, player.getByRole('button', { name: 'Revenir au début' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => heading.innerText()).toBe('Karim arrive');
  await tabTo(page, player.getByRole('button', { name: 'Lui parler seul à seul' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => heading.innerText()).toBe('Seul à seul');
  expect(await player.locator('.spoc-situation:not([hidden])').innerText()).toContain('Fin du scénario.');
}

describe('a branching scenario, from the editor to the LMS', () => {
  it('is written in the editor, previewed and played in the exported package with the keyboard alone, its path reported as interactions', async () => {
    const { page } = app;
    await writeNewCapsule(page, 'Jeu de rôle : le retard', 'Karim arrive en retard pour la troisième fois.');
    await moveEditorCaret(page, 'End');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Insérer un bloc' }).click();
    await page.getByRole('menuitem', { name: 'Scénario à embranchements', exact: true }).click();

    // A new scenario: a start with two choices, each leading to its own end.
    const scenario = page.getByTestId('block-scenario');
    await scenario.getByLabel('Titre du scénario').fill('Un retard de trop');
    expect(await scenario.getByLabel(/Compte pour l’achèvement/).isChecked()).toBe(true);
    const situations = scenario.getByTestId('situation');
    expect(await situations.count()).toBe(3);
    await writeSituation(page, situations.nth(0), 1, 'Karim arrive', 'Il est 8 h 20.');
    await writeSituation(page, situations.nth(1), 2, 'Devant l’équipe', 'Le silence se fait.');
    await writeSituation(page, situations.nth(2), 3, 'Seul à seul', 'Karim explique la garde de ses enfants.');
    const choices = situations.nth(0).getByTestId('scenario-choice');
    await choices.nth(0).getByLabel('Choix 1', { exact: true }).fill('Le reprendre devant l’équipe');
    await choices.nth(0).getByLabel('Retour au choix 1').fill('Il se ferme.');
    await choices.nth(1).getByLabel('Choix 2', { exact: true }).fill('Lui parler seul à seul');
    await choices.nth(1).getByLabel('Retour au choix 2').fill('Il vous écoute.');
    expect(await choices.nth(0).getByLabel('Mène à').locator('option:checked').innerText()).toBe('Situation 2 Devant l’équipe');
    // From the keyboard: a choice added to situation 2, leading back to the start.
    await situations.nth(1).getByRole('button', { name: 'Ajouter un choix' }).focus();
    await page.keyboard.press('Enter');
    const back = situations.nth(1).getByTestId('scenario-choice');
    await back.getByLabel('Choix 1', { exact: true }).fill('Revenir au début');
    await expect.poll(() => back.innerText()).toContain('Ce choix ne mène nulle part');
    await back.getByLabel('Mène à').focus();
    await back.getByLabel('Mène à').selectOption({ label: 'Situation 1 Karim arrive' });
    await expect.poll(() => back.innerText()).not.toContain('Ce choix ne mène nulle part');
    expect(await axeReport('editor with a scenario', page)).toBe('');
    await scenario.scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-scenario');
    await waitUntilSaved(page);

    await playWithKeyboard(page, await openPreview(page, '.spoc-scenario'));
    await screenshot(page, 'preview-scenario');
    await closePreview(page);

    const exported = await exportPackage(app, chromium, 'spoc-e2e-scenario-');
    await playExportedCapsule(chromium.browser(), exported, /^Jeu de rôle : le retard/, '.spoc-scenario', async (lms, frame) => {
      expect(await axeReport('player with a scenario', frame)).toBe('');
      await playWithKeyboard(lms.page, frame);
      // Seen once an end is reached: the menu marks it.
      await expect.poll(() => frame.getByRole('button', { name: /^Jeu de rôle : le retard/ }).innerText()).toContain('vue');
      // axe reads colours once the situation has finished sliding in.
      await frame.locator('.spoc-situation:not([hidden])').evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
      expect(await axeReport('player at the scenario’s end', frame)).toBe('');
      const { cmi } = await lms.close();
      const path_ = recordsOf(cmi, 'interactions').filter((record) => String(record.id).startsWith('s'));
      expect(path_.map((record) => [String(record.id).replace(/^s[0-9A-Za-z]+_[0-9a-z]+_[0-9a-z]+_/, ''), record.student_response, record.result])).toEqual([
        ['1', 'a', 'neutral'],
        ['2', 'a', 'neutral'],
        ['3', 'b', 'neutral'],
      ]);
      expect(new Set(path_.map((record) => record.id)).size).toBe(3);
    });
    app.assertNoProblems();
  }, 120_000);
});
