import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();

const tree = () => app.page.getByRole('treegrid');
const moduleRows = () => app.page.getByTestId('outline-module');
const capsuleRows = () => app.page.getByTestId('outline-capsule');

describe('outline of the sample course', () => {
  it('shows the four weekly modules with their durations and the course total', async () => {
    const { page } = app;
    await expect.poll(() => moduleRows().count()).toBe(4);
    const durations = await page.getByTestId('module-duration').allInnerTexts();
    expect(durations).toHaveLength(4);
    for (const duration of durations) expect(duration).toMatch(/^(\d+ min|\d+ h( \d{2})?)$/);
    await expect.poll(() => page.getByTestId('outline-summary').innerText()).toMatch(/^4 modules · \d+ capsules · .+ au total$/);
    await expect.poll(() => page.getByTestId('course-title').innerText()).toMatch(/^OPTIMANAGER/);
    expect(await moduleRows().first().getAttribute('aria-level')).toBe('1');
    expect(await capsuleRows().count()).toBeGreaterThan(4);
    // Rows are named by what they show, in order (WCAG 2.5.3): a module's week, capsule count and time,
    // a capsule's kind, time and week, with the time and week fields in cells of their own.
    expect(await page.getByRole('row', { name: /^Module 1 Le rôle du manager Semaine 1 5 capsules 34 min$/ }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /^De collègue à chef d’équipe Vidéo 5 min Semaine 1$/ }).count()).toBe(1);
    expect(await capsuleRows().first().getByRole('gridcell').filter({ has: page.getByRole('combobox') }).count()).toBe(1);

    await capsuleRows().first().click();
    const properties = page.getByRole('complementary', { name: 'Propriétés' });
    await expect.poll(() => properties.getByRole('heading').innerText()).toBe(await capsuleRows().first().locator('.tree-row__title').innerText());
    expect(await properties.getByLabel('Type').inputValue()).toMatch(/^(video|reading|interactive|activity|live-session|assessment)$/);
    await screenshot(page, 'outline');
  });

  it('adds a module that is still there after a reload', async () => {
    const { page } = app;
    await expect.poll(() => moduleRows().count()).toBe(4);
    await page.getByRole('button', { name: 'Ajouter un module' }).click();
    await page.getByLabel('Titre du nouveau module').fill('Bilan et plan d’action');
    await page.keyboard.press('Enter');
    await moduleRows().nth(4).waitFor();
    await expect.poll(() => moduleRows().count()).toBe(5);
    await waitUntilSaved(page);
    // The new module has the focus, ready for keyboard work.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Bilan et plan d’action');

    await page.reload();
    await moduleRows().first().waitFor();
    await moduleRows().nth(4).waitFor();
    await expect.poll(() => moduleRows().count()).toBe(5);
    await expect.poll(() => moduleRows().nth(4).innerText()).toContain('Bilan et plan d’action');
    await expect.poll(() => page.getByTestId('outline-summary').innerText()).toMatch(/^5 modules/);
  });

  it('renames a capsule with the keyboard alone, and Escape leaves a title as it was', async () => {
    const { page } = app;
    await expect.poll(() => moduleRows().count()).toBe(4);
    await page.keyboard.press('Tab');
    await moduleRows().first().focus();
    await page.keyboard.press('ArrowDown');
    const capsule = capsuleRows().first();
    expect(await capsule.evaluate((row) => row === document.activeElement)).toBe(true);
    const original = await capsule.getByRole('textbox').count().then(() => capsule.locator('.tree-row__title').innerText());

    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Titre abandonné');
    await page.keyboard.press('Escape');
    await expect.poll(() => capsule.locator('.tree-row__title').innerText()).toBe(original);
    expect(await capsule.evaluate((row) => row === document.activeElement)).toBe(true);

    await page.keyboard.press('F2');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Le rôle du manager en 5 minutes');
    await page.keyboard.press('Enter');
    await expect.poll(() => capsule.locator('.tree-row__title').innerText()).toBe('Le rôle du manager en 5 minutes');
    await waitUntilSaved(page);
    expect(await capsule.evaluate((row) => row === document.activeElement)).toBe(true);

    await page.reload();
    await capsuleRows().first().waitFor();
    await expect.poll(() => capsuleRows().first().locator('.tree-row__title').innerText()).toBe('Le rôle du manager en 5 minutes');
  });

  it('moves through the tree with the arrow keys and closes a module with Left', async () => {
    const { page } = app;
    await expect.poll(() => moduleRows().count()).toBe(4);
    const firstModule = moduleRows().first();
    await firstModule.focus();
    expect(await firstModule.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await firstModule.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    expect(await moduleRows().nth(1).evaluate((row) => row === document.activeElement)).toBe(true);
    expect(await moduleRows().nth(1).getAttribute('tabindex')).toBe('0');
    expect(await firstModule.getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('End');
    expect(await tree().evaluate((root) => root.querySelector('[role="row"][tabindex="0"]') === document.activeElement)).toBe(true);
    // The focus ring is an outline drawn inside the row, so forced colours keep it.
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.emulateMedia({ forcedColors: 'none' });
    // Selection follows focus: the properties panel describes the focused row.
    const focusedTitle = await page.evaluate(() => document.activeElement?.querySelector('.tree-row__title')?.textContent);
    await expect.poll(() => page.getByRole('complementary', { name: 'Propriétés' }).innerText()).toContain(focusedTitle ?? '—');
  });
});

describe('welcome screen', () => {
  it('creates a new course from a template after closing the sample', async () => {
    const { page } = app;
    await expect.poll(() => moduleRows().count()).toBe(4);
    await page.getByRole('button', { name: 'Fermer le projet' }).click();
    await page.getByRole('heading', { name: 'Nouveau cours' }).waitFor();
    await screenshot(page, 'welcome');

    await page.getByRole('button', { name: 'Créer le cours' }).click();
    expect(await page.getByText('Donnez un titre au cours.').isVisible()).toBe(true);

    await page.getByLabel('Titre du cours').fill('Cybersécurité au quotidien');
    await page.getByLabel('3 modules courts de sensibilisation').check();
    await page.getByRole('button', { name: 'Créer le cours' }).click();
    await page.getByRole('heading', { name: 'Cadrage du parcours' }).waitFor();
    await expect.poll(() => page.getByTestId('course-title').innerText()).toBe('Cybersécurité au quotidien');
    // A new course opens on its framing; the template's modules are in the outline.
    await page.getByRole('heading', { name: 'Cadrage du parcours' }).waitFor();
    await page.getByTestId('nav-outline').click();
    await moduleRows().first().waitFor();
    await expect.poll(() => moduleRows().count()).toBe(3);
  });

  it('reopens the sample from the welcome screen', async () => {
    const { page } = app;
    await expect.poll(() => moduleRows().count()).toBe(4);
    await page.getByRole('button', { name: 'Fermer le projet' }).click();
    await page.getByRole('button', { name: 'Ouvrir l’exemple' }).click();
    await moduleRows().first().waitFor();
    await expect.poll(() => moduleRows().count()).toBe(4);
  });
});

describe('interface language', () => {
  it('switches to English and remembers it after a reload', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: 'Plan du cours' }).waitFor();
    await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Course outline' }).waitFor();
    await expect.poll(() => page.getByTestId('nav-outline').innerText()).toBe('Outline');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await page.getByRole('heading', { name: 'Course outline' }).waitFor();
    await expect.poll(() => page.getByTestId('outline-summary').innerText()).toMatch(/^4 modules · \d+ capsules · .+ in total$/);
    await screenshot(page, 'outline-en');
  });

  it('titles the “4 weeks” template’s modules without repeating the module number the outline shows', async () => {
    const { page } = app;
    await expect.poll(() => moduleRows().count()).toBe(4);
    await page.getByRole('button', { name: 'Fermer le projet' }).click();
    await page.getByLabel('Titre du cours').fill('Manager au quotidien');
    await page.getByLabel('4 semaines × 1 module').check();
    await page.getByRole('button', { name: 'Créer le cours' }).click();
    await page.getByRole('heading', { name: 'Cadrage du parcours' }).waitFor();
    await page.getByTestId('nav-outline').click();
    await moduleRows().first().waitFor();
    await expect.poll(() => moduleRows().count()).toBe(4);
    const headings = await moduleRows().evaluateAll((rows) => rows.map((row) => row.querySelector('.tree-row')?.textContent ?? ''));
    expect(headings[0]).toContain('Les fondamentaux');
    for (const heading of headings) expect(heading).not.toMatch(/Module \d+.*Module \d+/i);
  });

  it('starts the add-capsule form on the kind added last', async () => {
    const { page } = app;
    await expect.poll(() => moduleRows().count()).toBe(4);
    for (const title of ['Quiz de la semaine 1', 'Quiz de la semaine 2']) {
      await page.getByRole('button', { name: 'Ajouter une capsule' }).first().click();
      await page.getByLabel('Titre de la capsule').fill(title);
      const form = page.locator('form.add-form');
      if (title.endsWith('1')) await form.getByLabel('Type', { exact: true }).selectOption('assessment');
      else expect(await form.getByLabel('Type', { exact: true }).inputValue()).toBe('assessment');
      await form.getByRole('button', { name: 'Ajouter', exact: true }).click();
      await capsuleRows().filter({ hasText: title }).first().waitFor();
      await expect.poll(() => capsuleRows().filter({ hasText: title }).count()).toBe(1);
    }
    await expect.poll(() => capsuleRows().filter({ hasText: 'Quiz de la semaine 2' }).locator('.tree-row__kind').innerText()).toBe('Évaluation');
  });
});
