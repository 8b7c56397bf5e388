import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readStoryboard } from '../electron/services/storyboard/storyboardReader';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

const app = launchAppForEachTest();

describe('Word storyboard from the top bar (browser mode)', () => {
  it('downloads the storyboard of the open course, in the course’s language whatever the interface’s', async () => {
    const { page } = app;
    const button = page.getByRole('button', { name: 'Storyboard', exact: true });
    await button.waitFor();
    await screenshot(page, 'storyboard-action');

    const downloading = page.waitForEvent('download');
    await button.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^OPTIMANAGER .* - storyboard\.docx$/);
    await expect.poll(() => page.getByTestId('storyboard-status').textContent()).toBe(`Téléchargement lancé\u202f: ${download.suggestedFilename()}`);
    const read = await readStoryboard(await readFile((await download.path())!));
    expect(read.headings(1)).toContain('Cadrage');
    const capsuleTitles = page.locator('.tree__item--capsule .tree-row__title');
    await expect.poll(() => capsuleTitles.count()).toBeGreaterThan(0);
    for (const title of await capsuleTitles.allTextContents()) expect(read.headings(2).some((heading) => heading.endsWith(` · ${title.trim()}`)), title).toBe(true);

    // The interface in English; the storyboard stays in the course's French.
    await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: 'EN' }).click();
    const english = page.getByRole('button', { name: 'Storyboard', exact: true });
    await expect.poll(() => english.getAttribute('title')).toBe('Export the Word storyboard (.docx) for the client to review and print');
    const again = page.waitForEvent('download');
    await english.click();
    const second = await readStoryboard(await readFile((await (await again).path())!));
    expect(second.headings(1)).toContain('Cadrage');
    await expect.poll(() => page.getByTestId('storyboard-status').textContent()).toMatch(/^Download started: /);
  }, 60_000);
});
