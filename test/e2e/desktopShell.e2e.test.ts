import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';

const app = launchAppForEachTest();
const moduleRows = () => app.page.getByTestId('outline-module');

/**
 * Stands in for the desktop preload's window.spocDesktop: records the language the window reports
 * and lets the test play the Edit menu's commands as the shell sends them.
 */
async function installDesktopBridge(): Promise<void> {
  await app.context.addInitScript(() => {
    const w = window as unknown as { spocDesktop: unknown; menu: { languages: string[]; send(command: string): void } };
    let listener: ((command: string) => void) | null = null;
    w.menu = { languages: [], send: (command) => listener?.(command) };
    w.spocDesktop = {
      onMenuCommand(callback: (command: string) => void) {
        listener = callback;
        return () => {
          listener = null;
        };
      },
      setUiLanguage: (language: string) => w.menu.languages.push(language),
    };
  });
  await app.page.reload();
}

const sendMenuCommand = (command: 'undo' | 'redo') => app.page.evaluate((name) => (window as unknown as { menu: { send(c: string): void } }).menu.send(name), command);

describe('the desktop shell as the window sees it', () => {
  it('names the place and the course in the window title', async () => {
    const { page } = app;
    await expect.poll(() => page.title()).toMatch(/^Plan · OPTIMANAGER.* — SPOC Studio$/);
    await page.getByRole('navigation').getByRole('button', { name: /Cadrage/ }).click();
    await expect.poll(() => page.title()).toMatch(/^Cadrage · OPTIMANAGER.* — SPOC Studio$/);
    await page.getByRole('button', { name: 'Fermer le projet' }).click();
    await expect.poll(() => page.title()).toBe('SPOC Studio');
  });

  it('tells the shell the interface language, so menus follow the FR/EN switch', async () => {
    await installDesktopBridge();
    const languages = () => app.page.evaluate(() => (window as unknown as { menu: { languages: string[] } }).menu.languages);
    await expect.poll(languages).toEqual(['fr']);
    await app.page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: 'EN', exact: true }).click();
    await expect.poll(languages).toEqual(['fr', 'en']);
  });

  it('applies Edit > Undo to the project history outside text fields, and to the typing inside one', async () => {
    await installDesktopBridge();
    const { page } = app;
    await moduleRows().nth(3).waitFor();
    await expect.poll(() => moduleRows().count()).toBe(4);
    await page.getByRole('button', { name: 'Ajouter un module' }).click();
    await page.getByLabel('Titre du nouveau module').fill('Bilan');
    await page.keyboard.press('Enter');
    await moduleRows().nth(4).waitFor();
    await expect.poll(() => moduleRows().count()).toBe(5);

    await page.getByRole('button', { name: 'Ajouter un module' }).click();
    const title = page.getByLabel('Titre du nouveau module');
    await title.focus();
    await page.keyboard.type('Brouillon');
    await sendMenuCommand('undo');
    await expect.poll(() => title.inputValue()).not.toBe('Brouillon');
    expect(await moduleRows().count()).toBe(5);

    await page.keyboard.press('Escape');
    await moduleRows().first().focus();
    await sendMenuCommand('undo');
    await moduleRows().nth(4).waitFor({ state: 'detached' });
    await expect.poll(() => moduleRows().count()).toBe(4);
    await sendMenuCommand('redo');
    await moduleRows().nth(4).waitFor();
    await expect.poll(() => moduleRows().count()).toBe(5);
  });
});
