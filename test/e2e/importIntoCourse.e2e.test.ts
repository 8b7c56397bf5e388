import AdmZip from 'adm-zip';
import { describe, expect, it } from 'vitest';
import { clientDocument } from '../support/clientWordDocument';
import { axeViolations, describeViolations } from './support/axe';
import { fr } from './support/frenchText';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

const app = launchAppForEachTest();

const moduleTitles = () => app.page.getByTestId('outline-module').locator(':scope > .tree-row .tree-row__title').allTextContents();
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('Importer… in the outline (into the open course)', () => {
  it('imports a Word document after module 2 with a preview, then one undo removes it all and redo brings it back', async () => {
    const { page } = app;
    await expect.poll(moduleTitles).toHaveLength(4);
    const sample = await moduleTitles();
    // The selected module is where the import goes.
    await page.getByTestId('outline-module').nth(1).locator(':scope > .tree-row .tree-row__title').click();

    await page.getByTestId('outline-import-input').setInputFiles([{ name: 'procedure.docx', mimeType: DOCX, buffer: await clientDocument() }]);
    const dialog = page.getByRole('dialog', { name: 'Importer dans le cours' });
    await dialog.getByRole('list', { name: 'Aperçu de l’import' }).waitFor();
    await expect.poll(() => dialog.locator('.import-preview__target').textContent()).toContain(fr(`Les modules seront ajoutés après le module 2 « ${sample[1]} ».`));
    await expect.poll(() => dialog.locator('.import-preview__summary').textContent()).toBe('2 modules · 3 capsules · 1 média');
    // Nothing is added while the designer looks at the preview and picks heading levels.
    await dialog.getByLabel(fr('Modules : titres de niveau')).selectOption('2');
    await expect.poll(() => dialog.locator('.import-preview__summary').textContent()).toBe('3 modules · 1 capsule · 1 média');
    expect(await moduleTitles()).toEqual(sample);
    await dialog.getByLabel(fr('Modules : titres de niveau')).selectOption('1');
    await expect.poll(() => dialog.locator('.import-preview__summary').textContent()).toBe('2 modules · 3 capsules · 1 média');

    const violations = await axeViolations(page);
    expect(violations, describeViolations('import preview dialog', violations)).toEqual([]);
    await screenshot(page, 'import-into-course-preview');

    await dialog.getByRole('button', { name: 'Importer dans le cours' }).click();
    await dialog.waitFor({ state: 'detached' });
    const imported = [sample[0], sample[1], 'Accueil au poste', 'En cas d’incident', sample[2], sample[3]];
    await expect.poll(moduleTitles).toEqual(imported);
    await expect.poll(() => page.getByTestId('live-announcer').textContent()).toBe('2 modules importés.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Accueil au poste');
    await screenshot(page, 'import-into-course-done');

    const undo = page.getByTestId('undo');
    await expect.poll(() => undo.getAttribute('title')).toBe(fr('Annuler : importer dans le cours (Ctrl+Z)'));
    await undo.click();
    await page.getByTestId('outline-module').nth(sample.length).waitFor({ state: 'detached' });
    await expect.poll(moduleTitles).toEqual(sample);
    await page.getByTestId('redo').click();
    await expect.poll(moduleTitles).toEqual(imported);
    await page.reload();
    await page.getByTestId('outline-module').first().waitFor();
    await expect.poll(moduleTitles).toEqual(imported);
  }, 60_000);

  it('cancelling the preview adds nothing', async () => {
    const { page } = app;
    await expect.poll(moduleTitles).toHaveLength(4);
    const sample = await moduleTitles();
    await page.getByTestId('outline-import-input').setInputFiles([{ name: 'procedure.docx', mimeType: DOCX, buffer: await clientDocument() }]);
    const dialog = page.getByRole('dialog', { name: 'Importer dans le cours' });
    await dialog.getByRole('list', { name: 'Aperçu de l’import' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await moduleTitles()).toEqual(sample);
    await expect.poll(() => page.getByTestId('undo').getAttribute('title')).not.toContain('importer');
  }, 60_000);

  it('refuses a package another tool made, in the interface’s language, and adds nothing', async () => {
    const { page } = app;
    app.allowProblems(/import-upload|status of 200/);
    await expect.poll(moduleTitles).toHaveLength(4);
    const sample = await moduleTitles();
    const zip = new AdmZip();
    zip.addFile('imsmanifest.xml', Buffer.from('<manifest identifier="autre"/>'));
    zip.addFile('index.html', Buffer.from('<p>Bonjour</p>'));
    await page.getByTestId('outline-import-input').setInputFiles([{ name: 'autre-outil.zip', mimeType: 'application/zip', buffer: zip.toBuffer() }]);
    await page.getByRole('alert').first().waitFor();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain(fr('« autre-outil.zip » n’a pas été exporté par SPOC Studio (il ne contient pas spoc-source.json) : il ne peut pas être reconstruit en projet.'));
    await expect.poll(() => page.getByRole('dialog', { name: 'Importer dans le cours' }).count()).toBe(0);
    expect(await moduleTitles()).toEqual(sample);
    await expect.poll(() => page.getByTestId('undo').getAttribute('title')).not.toContain('importer');
  }, 60_000);
});
