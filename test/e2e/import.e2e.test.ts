import AdmZip from 'adm-zip';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientDocument } from '../support/clientWordDocument';
import { fr } from './support/frenchText';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

const app = launchAppForEachTest();

async function toWelcomeScreen() {
  const { page } = app;
  await page.getByRole('button', { name: 'Fermer le projet' }).click();
  await page.getByRole('heading', { name: 'Importer' }).waitFor();
}

describe('Import… on the welcome screen (browser mode)', () => {
  it('previews a Word document’s outline, lets the designer change the heading levels, then creates the project', async () => {
    const { page } = app;
    await toWelcomeScreen();
    await page.getByTestId('import-file-input').setInputFiles([{ name: 'procedure.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await clientDocument() }]);

    const outline = page.getByRole('list', { name: 'Aperçu de l’import' });
    // The document is uploaded and read first (the import's module loads at its first use).
    await outline.waitFor();
    await expect.poll(() => outline.locator(':scope > li > .import-preview__module').allTextContents()).toEqual(['Accueil au poste', 'En cas d’incident']);
    await expect.poll(() => page.locator('.import-preview__summary').textContent()).toBe('2 modules · 3 capsules · 1 média');
    await expect.poll(() => page.locator('.import-preview__note').textContent()).toContain('1 paragraphe avant le premier module ne sera pas repris.');
    await screenshot(page, 'import-word-preview');

    await page.getByLabel('Modules : titres de niveau').selectOption('2');
    await expect.poll(() => outline.locator(':scope > li > .import-preview__module').allTextContents()).toEqual(['Les équipements', 'La vidéo d’accueil', 'Alerter']);
    await page.getByLabel('Modules : titres de niveau').selectOption('4');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(fr('aucun titre de module (Titre 4) n’y a été trouvé ; ses titres sont des niveaux 1, 2, 3'));
    await expect.poll(() => page.getByRole('button', { name: 'Créer le projet' }).isDisabled()).toBe(true);
    await page.getByLabel('Modules : titres de niveau').selectOption('1');

    await page.getByRole('button', { name: 'Créer le projet' }).click();
    await page.getByRole('button', { name: 'Fermer le projet' }).waitFor();
    await screenshot(page, 'import-word-created');
    const capsules = page.locator('.tree__item--capsule .tree-row__title');
    await expect.poll(() => capsules.allTextContents()).toEqual(['Les équipements', 'La vidéo d’accueil', 'Alerter']);
    expect(readdirSync(app.workspaceDir).filter((name) => name.endsWith('.spoc'))).toContain('procedure.spoc');
    await expect.poll(() => page.locator('header').first().textContent()).toContain('procedure');
  }, 60_000);

  it('rebuilds a project from a package exported with the default options (the course source is joined unless unticked)', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Exporter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
    await dialog.getByText('Rien ne bloque l’export.').waitFor();
    const source = dialog.getByRole('checkbox', { name: /^Joindre la source du cours/ });
    await expect.poll(() => source.isChecked()).toBe(true);
    await dialog.getByText(fr('Le paquet pourra être rouvert comme projet avec « Importer… »')).waitFor();
    await screenshot(page, 'export-dialog-source');
    await dialog.getByRole('button', { name: 'Exporter le paquet' }).click();
    await dialog.getByTestId('export-result').waitFor({ timeout: 15_000 });
    const exportsDir = path.join(app.workspaceDir, 'exports');
    const [zipName] = readdirSync(exportsDir);
    await dialog.getByRole('button', { name: 'Fermer', exact: true }).last().click();

    await toWelcomeScreen();
    // A forged source is refused, the field's problem said in French like the rest of the message.
    app.allowProblems(/import-upload|status of 400/);
    const forged = new AdmZip(path.join(exportsDir, zipName!));
    const forgedSource = JSON.parse(forged.readAsText('spoc-source.json')) as { files: { path: string; text: string }[] };
    const courseFile = forgedSource.files.find((file) => file.path === 'course.json')!;
    courseFile.text = courseFile.text.replace(/"weeklyBudgetMinutes": \d+/, '"weeklyBudgetMinutes": -5');
    forged.updateFile('spoc-source.json', Buffer.from(JSON.stringify(forgedSource)));
    await page.getByTestId('import-file-input').setInputFiles([{ name: 'forge.zip', mimeType: 'application/zip', buffer: forged.toBuffer() }]);
    await page.getByRole('alert').first().waitFor();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain(fr('n’est pas un cours valide (course.json : course.weeklyBudgetMinutes : doit valoir au moins 0).'));
    await screenshot(page, 'import-forged-source-fr');

    await page.getByTestId('import-file-input').setInputFiles([{ name: zipName!, mimeType: 'application/zip', buffer: readFileSync(path.join(exportsDir, zipName!)) }]);
    await page.locator('.import-preview__kind').waitFor();
    await expect.poll(() => page.locator('.import-preview__kind').textContent()).toBe('Paquet SCORM SPOC Studio\u00a0: le projet est reconstruit à l’identique.');
    await expect.poll(() => page.locator('.import-preview__summary').textContent()).toMatch(/^4 modules · 19 capsules · \d+ médias$/);
    await screenshot(page, 'import-package-preview');
    await page.getByRole('button', { name: 'Créer le projet' }).click();
    await page.getByText('4 modules · 19 capsules').first().waitFor();
  }, 60_000);

  it('refuses a damaged document with a clear message and creates nothing', async () => {
    const { page } = app;
    app.allowProblems(/import-upload|status of 200/);
    await toWelcomeScreen();
    const before = readdirSync(app.workspaceDir).sort();
    await page.getByTestId('import-file-input').setInputFiles([{ name: 'abime.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('pas un document') }]);
    await page.getByRole('alert').first().waitFor();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain(fr('« abime.docx » n’est pas une archive zip valide'));
    await screenshot(page, 'import-error');
    expect(await page.locator('.import-preview').count()).toBe(0);
    expect(readdirSync(app.workspaceDir).sort()).toEqual(before);
    expect(path.basename(app.workspaceDir)).not.toBe('');
  }, 60_000);
});
