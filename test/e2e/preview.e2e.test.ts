import { describe, expect, it } from 'vitest';
import { capsuleRowsOf } from './support/outlineRows';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { fr } from './support/frenchText';

const app = launchAppForEachTest();

const previewButton = () => app.page.getByRole('button', { name: 'Aperçu', exact: true });
const dialog = () => app.page.getByTestId('preview-dialog');
const player = () => app.page.frameLocator('.preview-dialog__frame');

describe('learner preview', () => {
  it('shows the selected capsule in the export player without an LMS, with what was just typed', async () => {
    const { page } = app;
    await page.getByTestId('outline-module').first().waitFor();
    expect(await previewButton().isDisabled()).toBe(true);

    const capsule = page.getByTestId('outline-capsule').filter({ hasText: 'Le brief quotidien en 5 minutes' });
    await capsule.dblclick();
    await page.getByTestId('capsule-content').locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Mot ajouté juste avant l’aperçu.');
    // No wait for "saved": the preview waits for the editor's last change to reach the file.
    await previewButton().click();

    await dialog().waitFor();
    await expect.poll(() => dialog().getByRole('heading', { level: 2 }).innerText()).toBe(fr('Aperçu apprenant : Le brief quotidien en 5 minutes'));
    await player().getByText('Mode aperçu : votre progression n’est pas enregistrée.').waitFor();
    await expect.poll(() => player().locator('#spoc-main').innerText()).toContain('Mot ajouté juste avant l’aperçu.');
    await expect.poll(() => player().locator('#spoc-main').innerText()).toContain('Le brief quotidien en 5 minutes');
    await screenshot(page, 'preview-capsule');
    // The course runs sandboxed: an opaque origin that cannot reach the app's page or its token.
    const isolation = await page.frame({ url: /\/preview\// })!.evaluate(() => {
      let parentReadable = true;
      try {
        void window.parent.document.title;
      } catch {
        parentReadable = false;
      }
      return { origin: window.origin, parentReadable };
    });
    expect(isolation).toEqual({ origin: 'null', parentReadable: false });

    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await page.getByTestId('capsule-content').isVisible()).toBe(true);
  }, 60_000);

  it('shows every capsule of a selected module, and refuses a preview address it never gave', async () => {
    const { page } = app;
    const firstModule = page.getByTestId('outline-module').first();
    await firstModule.waitFor();
    const capsuleTitles = await capsuleRowsOf(page, 0).locator('.tree-row__title').allInnerTexts();
    await firstModule.locator('.tree-row').first().click();
    await previewButton().click();
    await dialog().waitFor();
    const nav = player().locator('#spoc-nav');
    await nav.waitFor();
    for (const title of capsuleTitles) await expect.poll(() => nav.innerText()).toContain(title);
    await screenshot(page, 'preview-module');
    await page.getByRole('button', { name: 'Fermer l’aperçu' }).click();
    await dialog().waitFor({ state: 'detached' });

    app.allowProblems(/HTTP 404: GET .*\/preview\/0{32}\/sco-1\/index\.html/);
    const response = await page.request.get(new URL(`preview/${'0'.repeat(32)}/sco-1/index.html`, app.url).href);
    expect(response.status()).toBe(404);
  }, 60_000);

  it('numbers a previewed module as the outline does', async () => {
    const { page } = app;
    const third = page.getByTestId('outline-module').nth(2);
    await third.waitFor();
    const title = await third.locator('.tree-row__title').first().innerText();
    await third.locator('.tree-row').first().click();
    await previewButton().click();
    await dialog().waitFor();
    const heading = player().locator('#spoc-nav h2');
    await expect.poll(() => heading.innerText()).toContain(title);
    expect(await heading.locator('.spoc-nav-module').textContent()).toBe('Module 3');
  }, 60_000);
});
