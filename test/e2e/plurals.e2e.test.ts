import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/runCli';
import { launchApp, type LaunchedApp } from './support/launchApp';
import { screenshot } from './support/screenshot';

/** The words each language uses for 0, 1 and 2 (French counts 0 as singular, English as plural). */
const WORDS = {
  fr: {
    locale: 'fr-FR',
    addModule: 'Ajouter un module',
    moduleTitle: 'Titre du nouveau module',
    outline: [/^0 module · 0 capsule · /, /^1 module · 0 capsule · /, /^2 modules · 0 capsule · /],
    media: [/^0 fichier · /, /^1 fichier · /, /^2 fichiers · /],
  },
  en: {
    locale: 'en-GB',
    addModule: 'Add module',
    moduleTitle: 'Title of the new module',
    outline: [/^0 modules · 0 capsules · /, /^1 module · 0 capsules · /, /^2 modules · 0 capsules · /],
    media: [/^0 files · /, /^1 file · /, /^2 files · /],
  },
} as const;

const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7\n% ${name}`) });

describe.each(['fr', 'en'] as const)('counts in %s say 0, 1 and 2 as the language does', (language) => {
  const words = WORDS[language];
  let dir = '';
  let projectFile = '';
  let app: LaunchedApp | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'spoc-e2e-plurals-'));
    const code = await runCli(['new', 'vide.spoc', '--title', 'Vide', '--language', language], { out: () => {}, err: () => {}, cwd: dir });
    expect(code).toBe(0);
    projectFile = path.join(dir, 'vide.spoc');
  });
  afterEach(async () => {
    await app?.close();
    app = null;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('in the outline and the media library, with no "(s)" anywhere', async () => {
    app = await launchApp({ projectFile, locale: words.locale });
    const { page } = app;
    const outlineSummary = page.getByTestId('outline-summary');
    await expect.poll(() => outlineSummary.innerText()).toMatch(words.outline[0]);
    for (const count of [1, 2]) {
      await page.getByRole('button', { name: words.addModule }).click();
      await page.getByLabel(words.moduleTitle).fill(`Module ${count}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => outlineSummary.innerText()).toMatch(words.outline[count]!);
    }
    await screenshot(page, `plurals-outline-${language}`);

    await page.getByTestId('nav-media').click();
    const mediaSummary = page.getByTestId('media-summary');
    await expect.poll(() => mediaSummary.innerText()).toMatch(words.media[0]);
    await page.getByTestId('media-file-input').setInputFiles([pdf('fiche-1.pdf')]);
    await page.getByTestId('media-row').filter({ hasText: 'fiche-1.pdf' }).waitFor();
    await expect.poll(() => mediaSummary.innerText()).toMatch(words.media[1]);
    await page.getByTestId('media-file-input').setInputFiles([pdf('fiche-2.pdf')]);
    await page.getByTestId('media-row').filter({ hasText: 'fiche-2.pdf' }).waitFor();
    await expect.poll(() => mediaSummary.innerText()).toMatch(words.media[2]);
    await screenshot(page, `plurals-media-${language}`);

    for (const place of ['outline', 'pacing', 'checks', 'quiz', 'objectives', 'media']) {
      await page.getByTestId(`nav-${place}`).click();
      await page.locator('main h1').first().waitFor();
      expect(await page.locator('body').innerText(), `${place} in ${language}`).not.toMatch(/\((s|x|es)\)/);
    }
    app.assertNoProblems();
  }, 90_000);
});
