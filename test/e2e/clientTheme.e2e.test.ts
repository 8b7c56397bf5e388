import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();

describe('client theme in the framing', () => {
  it('checks contrast as colours are picked, applies the suggested fix and a ready theme, and the preview wears the theme and logo', async () => {
    const { page } = app;
    await page.getByTestId('outline-module').first().waitFor();
    await page.getByRole('navigation').getByText('Cadrage', { exact: true }).click();
    const main = page.getByRole('main');
    const primary = main.getByLabel('Couleur principale');
    await primary.scrollIntoViewIfNeeded();

    // An orange too light for white text: the check fails and proposes a darker one that passes.
    await primary.fill('#f5a623');
    await expect.poll(() => main.getByTestId('theme-primary-contrast').innerText()).toBe('Contraste 2:1 avec le texte : trop faible, AA demande 4,5:1.'.replace(' :', '\u00a0:'));
    const suggestion = main.getByTestId('theme-primary-suggestion');
    expect(await suggestion.innerText()).toBe('Utiliser #9f6c17, un peu plus foncé');
    await suggestion.click();
    await expect.poll(() => primary.inputValue()).toBe('#9f6c17');
    await expect.poll(() => main.getByTestId('theme-primary-contrast').innerText()).toMatch(/^Contraste 4,\d:1 avec le texte\u00a0: conforme/);
    expect(await suggestion.count()).toBe(0);

    await main.getByRole('button', { name: 'Forêt' }).click();
    await expect.poll(() => primary.inputValue()).toBe('#2b6a3f');
    expect(await main.getByLabel('Couleur d’accent').inputValue()).toBe('#e0a526');
    expect(await main.getByLabel('Police').inputValue()).toBe('humanist');
    await main.getByLabel('Police').selectOption({ label: 'À empattements' });
    await main.getByLabel('Logo (image de la médiathèque)').selectOption({ label: 'brief-5-temps.svg' });
    await waitUntilSaved(page);
    await main.getByRole('heading', { name: 'Identité visuelle du client' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'framing-client-theme');

    await page.getByRole('navigation').getByText('Plan', { exact: true }).click();
    await page.getByTestId('outline-capsule').filter({ hasText: 'Le brief quotidien en 5 minutes' }).click();
    await page.getByRole('button', { name: 'Aperçu', exact: true }).click();
    const player = page.frameLocator('.preview-dialog__frame');
    await expect.poll(() => player.getByRole('img', { name: 'OPTIMAX' }).evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    const styleOf = (selector: string, property: string) => player.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
    expect(await styleOf('.spoc-topbar', 'border-top-color')).toBe('rgb(224, 165, 38)');
    expect(await styleOf('body', 'font-family')).toMatch(/^Charter/);
    expect(await styleOf('html', '--accent')).toBe('#2b6a3f');
    await screenshot(page, 'preview-client-theme');
    app.assertNoProblems();
  }, 90_000);
});
