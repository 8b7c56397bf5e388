import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { LMS_PRESETS } from '../../shared/export/lmsPresets';
import { generateLargeCourse } from '../support/generateLargeCourse';
import { axeReport } from './support/axe';
import { fr } from './support/frenchText';
import { launchApp, type LaunchedApp } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { waitUntilSaved } from './support/saveStatus';

let app: LaunchedApp;
let courseDir = '';

afterEach(async () => {
  try {
    app.assertNoProblems();
  } finally {
    await app.close();
    if (courseDir) rmSync(courseDir, { recursive: true, force: true });
    courseDir = '';
  }
});

/** Types the client's LMS in the framing and waits until it is saved. */
async function setTargetLms(page: Page, name: string) {
  await page.getByTestId('nav-framing').click();
  const field = page.getByRole('main').getByLabel('LMS cible', { exact: true });
  await field.fill(name);
  await field.blur();
  await waitUntilSaved(page);
  return field;
}

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Exporter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
  await dialog.waitFor();
  return dialog;
}

describe('the export dialog follows the framing’s target LMS', () => {
  it('Moodle: 1.2 with a SCO per module is fine, 2004 with a SCO per module warns, and the advised settings apply in one click', async () => {
    app = await launchApp();
    const { page } = app;
    page.setDefaultTimeout(8_000);
    const field = await setTargetLms(page, 'Moodle 4.5 du client');
    // The framing offers every preset's LMS and says which it recognized.
    const offered = await page.locator(`datalist#${await field.getAttribute('list')} option`).evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toEqual(LMS_PRESETS.filter((preset) => preset.name).map((preset) => preset.name));
    expect(offered).toEqual(expect.arrayContaining(['Moodle', 'Totara', 'TalentLMS', 'Cornerstone', 'SAP SuccessFactors', 'Docebo', '360Learning', 'Canvas', 'Blackboard', 'Rise Up', 'CrossKnowledge']));
    await expect.poll(() => page.getByTestId('framing-targetLms').innerText()).toContain(fr('Reconnu : Moodle.'));
    await page.getByTestId('framing-targetLms').scrollIntoViewIfNeeded();
    await screenshot(page, 'framing-target-lms-preset');

    const dialog = await openExportDialog(page);
    const recommendation = dialog.getByTestId('export-recommendation');
    await expect.poll(() => recommendation.innerText()).toContain(fr('Conseillé pour Moodle : SCORM 1.2, « Un SCO pour tout le cours »'));
    expect(await recommendation.innerText()).toContain('Mesuré sur Moodle 4.5');

    await dialog.getByRole('radio', { name: /^SCORM 2004 4e édition/ }).check();
    await dialog.getByRole('radio', { name: /^Un SCO par module/ }).check();
    const warnings = dialog.getByTestId('export-warnings');
    await expect.poll(() => warnings.innerText()).toContain('Moodle n’enregistre que le premier SCO d’un paquet SCORM 2004');
    await expect.poll(() => dialog.getByTestId('export-infos').innerText()).toContain(fr('méthode d’évaluation « Note moyenne »'));
    expect(await axeReport('export dialog with an LMS recommendation', page)).toBe('');
    await screenshot(page, 'export-dialog-moodle-2004-module-scos');

    // Measured on Moodle 4.5: every SCO of a 1.2 package is recorded, so no warning.
    await dialog.getByRole('radio', { name: /^SCORM 1\.2/ }).check();
    await expect.poll(() => warnings.count()).toBe(0);
    await expect.poll(() => dialog.getByTestId('export-infos').innerText()).toContain(fr('en cochant « Réussi » et « Terminé »'));

    await recommendation.getByRole('button', { name: 'Appliquer ces réglages' }).click();
    expect(await dialog.getByRole('radio', { name: /^Un SCO pour tout le cours/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /^SCORM 1\.2/ }).isChecked()).toBe(true);
    await expect.poll(() => recommendation.innerText()).toContain('Ce sont les réglages choisis.');
    await expect.poll(() => dialog.getByTestId('export-infos').innerText()).toContain(fr('méthode d’évaluation « Note la plus haute »'));
  });

  it('CrossKnowledge: a 250 MB package is flagged before exporting, naming the package and the 200 MB limit', async () => {
    courseDir = mkdtempSync(path.join(tmpdir(), 'spoc-e2e-presets-'));
    const course = await generateLargeCourse({ dir: courseDir, mediaBytes: 250 * 1_000_000, mediaFileCount: 1 });
    app = await launchApp({ projectFile: course.projectPath });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    // The generated course's framing names Moodle, which sets no size limit.
    let dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: /^SCORM 1\.2/ }).check();
    await dialog.getByRole('radio', { name: /^Un SCO pour tout le cours/ }).check();
    await dialog.getByText('Rien ne bloque l’export.').waitFor();
    expect(await dialog.getByTestId('export-recommendation').innerText()).toContain('Conseillé pour Moodle');
    expect(await dialog.getByTestId('export-warnings').innerText()).not.toContain('refuse les paquets');
    await dialog.getByRole('button', { name: 'Fermer' }).last().click();

    await setTargetLms(page, 'CrossKnowledge');
    dialog = await openExportDialog(page);
    const warnings = dialog.getByTestId('export-warnings');
    await expect.poll(() => warnings.innerText().then((text) => text.split('\n').filter((line) => line.includes('CrossKnowledge')).join('\n'))).toMatch(new RegExp(fr('Le paquet « [a-z0-9-]+\\.zip » pèse 25\\d Mo : CrossKnowledge refuse les paquets de plus de 200 Mo')));
    // Nothing blocks it: the designer is warned and may still export (CrossKnowledge's support loads larger packages).
    expect(await dialog.getByRole('button', { name: 'Exporter le paquet' }).isEnabled()).toBe(true);
    await screenshot(page, 'export-dialog-crossknowledge-too-large');
  }, 120_000);
});
