import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeReport } from './support/axe';
import { fr } from './support/frenchText';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

const app = launchAppForEachTest();

/** axe on the app page and on the test LMS page in its frame (the SCO's own page is audited by the player's tests). */
async function accessibilityReport(page: Page): Promise<string> {
  const lmsPage = page.frames().find((frame) => frame.url().includes('/launcher.html'));
  if (!lmsPage) throw new Error('the test LMS page is not framed');
  return [await axeReport('app', page), await axeReport('test LMS page', lmsPage)].filter(Boolean).join('\n');
}

/** Opens the export dialog, picks the options, and runs "Tester comme dans le LMS". */
async function openLmsTest(page: Page, choose: { version?: RegExp; mode?: RegExp } = {}) {
  await page.getByRole('button', { name: 'Exporter' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
  if (choose.version) await exportDialog.getByRole('radio', { name: choose.version }).check();
  if (choose.mode) await exportDialog.getByRole('radio', { name: choose.mode }).check();
  await exportDialog.getByRole('button', { name: 'Tester comme dans le LMS' }).click();
  const dialog = page.getByRole('dialog', { name: 'Test comme dans le LMS' });
  await dialog.waitFor();
  // The test LMS page (an origin of its own) frames the SCO, as an LMS player page does.
  const sco = page.frameLocator('[data-testid=lms-test-frame]').frameLocator('#sco');
  return { dialog, sco };
}

/** Answers every question on screen with the keyboard alone: Space on choices, arrows in lists, Enter on Valider. */
async function answerQuizWithKeyboard(page: Page, sco: FrameLocator): Promise<number> {
  const forms = sco.locator('form[data-question-id]');
  await forms.first().waitFor();
  const count = await forms.count();
  for (let index = 0; index < count; index += 1) {
    const form = forms.nth(index);
    const radios = form.locator('input[type=radio]');
    if ((await radios.count()) > 0) {
      await radios.first().focus();
      await page.keyboard.press('Space');
    }
    for (const box of await form.locator('input[type=checkbox]').all()) {
      await box.focus();
      await page.keyboard.press('Space');
    }
    for (const select of await form.locator('select').all()) {
      await select.focus();
      await page.keyboard.press('ArrowDown');
    }
    await form.getByRole('button', { name: 'Valider' }).focus();
    await page.keyboard.press('Enter');
    await form.locator('.spoc-verdict').waitFor();
  }
  return count;
}

describe('Test as in the LMS (browser mode)', () => {
  it('plays the exported 1.2 package, records a keyboard-answered quiz, resumes after a relaunch and saves the report', async () => {
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const { dialog, sco } = await openLmsTest(page, { mode: /^Un SCO par module/ });
    await sco.locator('#spoc-main h1').waitFor();
    // The player found the LMS's API (no preview mode) and the LMS recorded its first commit.
    await expect.poll(() => dialog.getByTestId('lms-status').innerText()).toBe('incomplete');
    await expect.poll(() => dialog.getByTestId('lms-commits').innerText()).toMatch(new RegExp(`^1 commit\\n${fr('le plus gros : ')}[\\d\\s\u202f]+ octets`));

    // The learner goes to module 1's self-assessment from the player's menu and answers it by keyboard.
    await sco.getByRole('button', { name: /Autoévaluation : ma posture de manager/ }).focus();
    await page.keyboard.press('Enter');
    const answered = await answerQuizWithKeyboard(page, sco);
    expect(answered).toBe(6);
    await expect.poll(() => dialog.getByTestId('lms-interactions').locator('li').count()).toBe(6);
    await expect.poll(() => dialog.getByTestId('lms-score').innerText()).toMatch(/^\d+(\.\d+)?$/);
    await expect.poll(() => dialog.getByTestId('lms-status').innerText()).toMatch(/^(passed|failed)$/);
    const commits = await dialog.getByTestId('lms-commits').innerText();
    expect(Number(/^(\d+) commits/.exec(commits)?.[1])).toBeGreaterThan(1);
    await expect.poll(() => dialog.getByTestId('lms-test-announcer').innerText()).toContain('score');
    const score = await dialog.getByTestId('lms-score').innerText();
    expect(await dialog.getByTestId('lms-errors').count()).toBe(0);
    expect(await accessibilityReport(page)).toBe('');
    await screenshot(page, 'lms-test');

    // Relaunch: a new session on what the LMS stored; the player offers to resume and restores the answers.
    await dialog.getByRole('button', { name: 'Relancer (nouvelle session)' }).click();
    await dialog.getByTestId('lms-record').filter({ hasText: 'Session 2' }).waitFor();
    await expect.poll(() => dialog.getByTestId('lms-record').innerText()).toContain('Session 2 (reprise)');
    await sco.getByRole('button', { name: 'Reprendre' }).click();
    await sco.locator('.spoc-verdict').first().waitFor();
    expect(await sco.locator('form[data-question-id] .spoc-verdict').count()).toBe(6);
    await expect.poll(() => dialog.getByTestId('lms-score').innerText()).toBe(score);

    // The report for the client's LMS administrator.
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Enregistrer le rapport' }).click();
    const report = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(report).toContain('# Test du paquet SCORM comme dans le LMS');
    expect(report).toContain('SCORM 1.2 · Un SCO par module');
    expect(report).toContain(fr('Initialize : réussi (2 sessions)'));
    expect(report).toMatch(new RegExp(`${fr('suspend_data le plus long : ')}\\d+ / 4096 caractères`));
    expect(report).toMatch(new RegExp(`${fr('Plus gros commit : ')}\\d+ octets`));
    expect(report).toContain(fr(`Score : ${score}`));
    await expect.poll(() => dialog.getByTestId('lms-test-announcer').innerText()).toMatch(/Rapport enregistré/);
  });

  it('like Moodle, SCO 2 of a 2004 module-SCOs package fails Initialize with 104 and the player says so; re-entering records it', async () => {
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const { dialog, sco } = await openLmsTest(page, { version: /^SCORM 2004 4e édition/, mode: /^Un SCO par module/ });
    await sco.locator('#spoc-main h1').waitFor();
    await expect.poll(() => dialog.getByTestId('lms-status').innerText()).toBe('incomplete');

    // Moodle's player keeps one API object per page: SCO 2, opened from the LMS's menu, meets SCO 1's terminated API.
    await dialog.getByRole('radio', { name: 'Comme Moodle (un objet API par page)' }).check();
    await dialog.getByLabel('SCO', { exact: true }).selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Ouvrir ce SCO' }).click();
    await dialog.getByTestId('lms-initialize-failed').waitFor();
    await expect.poll(() => dialog.getByTestId('lms-record').innerText()).toMatch(/^Communiquer efficacement\n+Session 1, même objet API que le SCO précédent/);
    await expect.poll(() => dialog.getByTestId('lms-initialize-failed').innerText()).toContain('erreur 104');
    await expect.poll(() => dialog.getByTestId('lms-errors').innerText()).toContain(fr('Initialize : erreur 104'));
    await expect.poll(() => dialog.getByTestId('lms-test-announcer').innerText()).toContain('Initialize a échoué, erreur 104');
    await sco.locator('.spoc-lms-problem').waitFor();
    expect(await sco.locator('.spoc-lms-problem').innerText()).toContain('La plateforme n’a pas ouvert l’enregistrement');
    const overview = dialog.getByTestId('lms-overview');
    expect(await overview.locator('tbody tr').nth(0).innerText()).toMatch(/1\. Le rôle du manager\s+incomplete/);
    expect(await overview.locator('tbody tr').nth(1).innerText()).toContain(fr('Initialize : erreur 104'));
    expect(await accessibilityReport(page)).toBe('');
    await screenshot(page, 'lms-test-moodle');

    // Re-entering the activity (a new page) gives SCO 2 an API object of its own: it records.
    await dialog.getByRole('button', { name: 'Relancer (nouvelle session)' }).click();
    await dialog.getByTestId('lms-record').filter({ hasText: 'Session 2' }).waitFor();
    await expect.poll(() => dialog.getByTestId('lms-record').innerText()).toMatch(/Session 2/);
    await expect.poll(() => dialog.getByTestId('lms-status').innerText()).toBe('incomplete');
    expect(await dialog.getByTestId('lms-initialize-failed').count()).toBe(0);
  });

  it('plays each package of a module-packages export as its own activity, the report naming every zip', async () => {
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const { dialog, sco } = await openLmsTest(page, { version: /^SCORM 2004 4e édition/, mode: /^Un paquet par module/ });
    await sco.locator('#spoc-main h1').waitFor();
    const menu = dialog.getByLabel('SCO', { exact: true });
    await expect.poll(() => menu.locator('option').count()).toBe(4);
    // Another package is another Moodle activity: it gets an API object of its own even like Moodle.
    await dialog.getByRole('radio', { name: 'Comme Moodle (un objet API par page)' }).check();
    await menu.selectOption({ index: 1 });
    await dialog.getByRole('button', { name: 'Ouvrir ce SCO' }).click();
    await dialog.getByTestId('lms-record').filter({ hasText: 'Communiquer efficacement' }).waitFor();
    await expect.poll(() => dialog.getByTestId('lms-record').innerText()).toMatch(/^Communiquer efficacement\n+Session 1/);
    await expect.poll(() => dialog.getByTestId('lms-status').innerText()).toBe('incomplete');
    expect(await dialog.getByTestId('lms-initialize-failed').count()).toBe(0);
    await screenshot(page, 'lms-test-packages');
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Enregistrer le rapport' }).click();
    const report = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(report.match(/week-0\d-[a-z0-9-]+\.zip/g)).toHaveLength(4);
    expect(report).toContain('### 4. Gérer les conflits');
    expect(report).toContain(fr('- non ouvert pendant le test'));
  });
});
