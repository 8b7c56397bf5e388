import AdmZip from 'adm-zip';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateManifest } from '../conformance/xsd/validateManifest';
import { launchApp, type LaunchedApp } from './support/launchApp';
import { screenshot } from './support/screenshot';

let app: LaunchedApp;

beforeEach(async () => {
  app = await launchApp();
  app.page.setDefaultTimeout(8_000);
});

afterEach(async () => {
  try {
    app.assertNoProblems();
  } finally {
    await app.close();
  }
});

describe('SCORM export from the top bar (browser mode)', () => {
  it('exports the sample with the chosen version and mode, shows progress, the advice and a download link', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Exporter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
    await dialog.waitFor();
    // Starts from the course's remembered choice (the sample's: SCORM 1.2, one SCO).
    expect(await dialog.getByRole('radio', { name: /^SCORM 1\.2/ }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /^Un SCO pour tout le cours/ }).isChecked()).toBe(true);

    await dialog.getByRole('radio', { name: /^SCORM 2004 4e édition/ }).check();
    await dialog.getByRole('radio', { name: /^Un SCO par module/ }).check();
    await dialog.getByTestId('export-warnings').waitFor();
    expect(await dialog.getByTestId('export-warnings').innerText()).toContain('Moodle n’enregistre que le premier SCO');
    await dialog.getByRole('radio', { name: /^Un paquet par module/ }).check();
    await dialog.getByTestId('export-infos').waitFor();
    expect(await dialog.getByTestId('export-infos').innerText()).toContain('dans la section de sa semaine');
    expect(await dialog.getByTestId('export-warnings').count()).toBe(0);
    await screenshot(page, 'export-dialog');

    await dialog.getByRole('button', { name: 'Exporter le paquet' }).click();
    const result = dialog.getByTestId('export-result');
    await result.waitFor({ timeout: 15_000 });
    expect(await result.innerText()).toMatch(/Paquet exporté[\s\S]*\d+ fichiers/);
    const link = dialog.getByRole('link', { name: 'Télécharger le paquet' });
    expect(await link.getAttribute('href')).toMatch(/^\/exports\/.+-weekly-packages-scorm2004\.zip\?token=/);
    await screenshot(page, 'export-dialog-done');

    const exportsDir = path.join(app.workspaceDir, 'exports');
    const [zipName] = readdirSync(exportsDir);
    expect(zipName).toMatch(/-weekly-packages-scorm2004\.zip$/);
    const outer = new AdmZip(path.join(exportsDir, zipName!));
    const weeks = outer.getEntries();
    expect(weeks).toHaveLength(4);
    for (const week of weeks) {
      const inner = new AdmZip(week.getData());
      expect(inner.getEntry('imsmanifest.xml'), `${week.entryName} has its manifest at its root`).not.toBeNull();
      expect(validateManifest(inner.readAsText('imsmanifest.xml'), '2004-4th')).toBe('');
    }
    const download = await page.request.get(new URL((await link.getAttribute('href'))!, app.url).toString());
    expect(download.status()).toBe(200);
    expect((await download.body()).length).toBe(outer.toBuffer().length);

    await dialog.getByRole('button', { name: 'Fermer' }).last().click();
    expect(await dialog.count()).toBe(0);
    // The course remembers the choice for the next export.
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
    expect(await dialog.getByTestId('export-errors').innerText()).toContain('SCORM 2004 4e édition ou SCORM 1.2');
    expect(await dialog.getByRole('button', { name: 'Exporter le paquet' }).isDisabled()).toBe(true);
    await screenshot(page, 'export-dialog-blocked');
  });
});
