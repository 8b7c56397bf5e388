import AdmZip from 'adm-zip';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateLargeCourse } from '../support/generateLargeCourse';
import { validateManifest } from '../conformance/xsd/validateManifest';
import { launchApp, type LaunchedApp } from './support/launchApp';
import { screenshot } from './support/screenshot';

let app: LaunchedApp;

afterEach(async () => {
  try {
    app.assertNoProblems();
  } finally {
    await app.close();
  }
});

describe('SCORM export from the top bar (browser mode)', () => {
  beforeEach(async () => {
    app = await launchApp();
    app.page.setDefaultTimeout(8_000);
  });

  it('exports the sample with the chosen version and mode, shows the LMS advice and a download link', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Exporter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
    await dialog.waitFor();
    // Starts from the framing's target (the sample's: SCORM 1.2, one SCO).
    expect(await dialog.getByRole('radio', { name: /^SCORM 1\.2/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /^Un SCO pour tout le cours/ }).isChecked()).toBe(true);

    await dialog.getByRole('radio', { name: /^SCORM 2004 4e édition/ }).check();
    await dialog.getByRole('radio', { name: /^Un SCO par module/ }).check();
    await dialog.getByTestId('export-warnings').waitFor();
    await expect.poll(() => dialog.getByTestId('export-warnings').innerText()).toContain('Le traitement des paquets à plusieurs SCO par LMS interne SCORM n’est pas vérifié');
    await dialog.getByRole('radio', { name: /^Un paquet par module/ }).check();
    await dialog.getByTestId('export-infos').waitFor();
    // The sample's framing names an in-house LMS: the advice names no other platform.
    await expect.poll(() => dialog.getByTestId('export-infos').innerText()).toContain('dans la semaine qui lui correspond');
    expect(await dialog.getByTestId('export-warnings').count()).toBe(0);
    await dialog.getByLabel('Afficher le programme de la cohorte').selectOption({ label: 'Cohorte janvier 2027' });
    await screenshot(page, 'export-dialog');

    await dialog.getByRole('button', { name: 'Exporter le paquet' }).click();
    const result = dialog.getByTestId('export-result');
    await result.waitFor({ timeout: 15_000 });
    await expect.poll(() => result.innerText()).toMatch(/4 paquets exportés, un par module[\s\S]*\d+ fichiers/);
    await screenshot(page, 'export-dialog-done');

    // Four separate zips named by week and module, never a zip of zips; each downloadable.
    const exportsDir = path.join(app.workspaceDir, 'exports');
    const zipNames = readdirSync(exportsDir).sort();
    expect(zipNames).toHaveLength(4);
    for (const [index, zipName] of zipNames.entries()) {
      expect(zipName).toMatch(new RegExp(`^week-0${index + 1}-[a-z0-9-]+\\.zip$`));
      const zip = new AdmZip(path.join(exportsDir, zipName));
      expect(zip.getEntry('imsmanifest.xml'), `${zipName} has its manifest at its root`).not.toBeNull();
      expect(validateManifest(zip.readAsText('imsmanifest.xml'), '2004-4th')).toBe('');
      expect(zip.readAsText('sco-1/course-data.js'), `${zipName} carries the cohort's programme`).toContain('"cohortName":"Cohorte janvier 2027"');
      const link = dialog.getByRole('link', { name: `Télécharger ${zipName}` });
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^/exports/${zipName}\\?token=`));
      const download = await page.request.get(new URL((await link.getAttribute('href'))!, app.url).toString());
      expect(download.status()).toBe(200);
      expect((await download.body()).length).toBe(statSync(path.join(exportsDir, zipName)).size);
    }

    await dialog.getByRole('button', { name: 'Fermer' }).last().click();
    expect(await dialog.count()).toBe(0);
    // The export settings remember the choice for the next export.
    await page.getByRole('button', { name: 'Exporter' }).click();
    expect(await page.getByRole('dialog').getByRole('radio', { name: /^Un paquet par module/ }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('blocks the export and says what to fix when the course cannot be exported', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Exporter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
    await dialog.getByRole('radio', { name: /^Un SCO pour tout le cours/ }).check();
    await dialog.getByText('Rien ne bloque l’export.').waitFor();
    await dialog.getByRole('radio', { name: /^Un SCO par module/ }).check();
    await dialog.getByRole('checkbox', { name: /Ouvrir chaque module/ }).check();
    await dialog.getByRole('radio', { name: /^SCORM 2004 3e édition/ }).check();
    await dialog.getByTestId('export-errors').waitFor();
    await expect.poll(() => dialog.getByTestId('export-errors').innerText()).toContain('SCORM 2004 4e édition ou SCORM 1.2');
    expect(await dialog.getByRole('button', { name: 'Exporter le paquet' }).isDisabled()).toBe(true);
    await screenshot(page, 'export-dialog-blocked');
  });
});

describe('a long SCORM export', () => {
  let courseDir = '';
  afterEach(() => rmSync(courseDir, { recursive: true, force: true }));

  it('shows its progress and cancels without leaving a file', async () => {
    courseDir = mkdtempSync(path.join(tmpdir(), 'spoc-e2e-large-'));
    // Large enough that the export (written at about disk speed) is still running when Cancel is pressed.
    const course = await generateLargeCourse({ dir: courseDir, mediaBytes: 1536 * 1024 * 1024, mediaFileCount: 2 });
    app = await launchApp({ projectFile: course.projectPath });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    await page.getByRole('button', { name: 'Exporter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
    await dialog.getByText('Rien ne bloque l’export.').waitFor();
    await dialog.getByRole('button', { name: 'Exporter le paquet' }).click();

    const bar = dialog.getByRole('progressbar', { name: 'Progression de l’export' });
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 15_000, interval: 50 }).toBeGreaterThan(0);
    // At this size the export lasts a few seconds: these two checks and the cancel take far less.
    expect(await dialog.getByText(/^\d+\s% – media\//).count()).toBe(1);
    expect(await dialog.getByRole('radio', { name: /^SCORM 1\.2/ }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Annuler l’export' }).click();
    await dialog.getByText('Export annulé : aucun fichier n’a été écrit.').waitFor();
    const exportsDir = path.join(app.workspaceDir, 'exports');
    expect(existsSync(exportsDir) ? readdirSync(exportsDir) : []).toEqual([]);
    expect(await dialog.getByRole('button', { name: 'Exporter le paquet' }).isEnabled()).toBe(true);
  }, 180_000);
});
