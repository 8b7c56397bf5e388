import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { capsuleRowsOf } from './support/outlineRows';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { fr } from './support/frenchText';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();

const saved = () => waitUntilSaved(app.page);
const moduleRows = () => app.page.getByTestId('outline-module');
const capsuleTitles = (page: Page, moduleIndex: number) =>
  capsuleRowsOf(page, moduleIndex).locator('.tree-row__title').allInnerTexts();

async function createBlankCourse(page: Page) {
  await moduleRows().nth(3).waitFor();
  await expect.poll(() => moduleRows().count()).toBe(4);
  await page.getByRole('button', { name: 'Fermer le projet' }).click();
  await page.getByLabel('Titre du cours').fill('Données patients');
  await page.getByLabel('Client (facultatif)').fill('Clinique du Parc');
  await page.getByLabel('Cours vierge').check();
  await page.getByRole('button', { name: 'Créer le cours' }).click();
  await page.getByRole('heading', { name: 'Cadrage du parcours' }).waitFor();
}

async function fillFraming(page: Page) {
  const main = page.getByRole('main');
  const framing = { getByLabel: (label: string) => main.getByLabel(label, { exact: true }) };
  expect(await framing.getByLabel('Client').inputValue()).toBe('Clinique du Parc');
  await framing.getByLabel('Problématique métier').fill('Trois fuites de données en un an, toutes parties d’un courriel piégé.');
  await framing.getByLabel('Public cible').fill('Personnel administratif et soignant');
  await framing.getByLabel('Niveau du public').fill('Débutant');
  await framing.getByLabel('Nombre d’apprenants').fill('30');
  await framing.getByLabel('Temps par semaine (min)').fill('45');

  // An impossible duration is refused at the field, and not saved.
  const duration = framing.getByLabel('Durée (semaines)');
  await duration.fill('0');
  expect(await page.getByText('Entrez un nombre entier entre 1 et 104.').isVisible()).toBe(true);
  await screenshot(page, 'framing-error');
  expect(await duration.getAttribute('aria-invalid')).toBe('true');
  await duration.fill('3');
  expect(await page.getByText('Entrez un nombre entier entre 1 et 104.').count()).toBe(0);

  await framing.getByLabel('Date de démarrage').fill('2027-01-11');
  await framing.getByLabel('LMS cible').fill('Moodle');
  await framing.getByLabel('Version SCORM').selectOption('2004-4th');
  await framing.getByLabel('Compétences visées (une par ligne)').fill('Repérer un courriel piégé\nSignaler un incident');
  await framing.getByLabel('Compétences visées (une par ligne)').blur();
  await saved();
  // The total follows the framing once its save has come back: waited for, not read at once.
  const workload = page.getByText('Charge totale prévue : 2 h 15.');
  await workload.waitFor();
  expect(await workload.isVisible()).toBe(true);
}

async function addObjective(page: Page, text: string, screenshotName?: string) {
  const course = page.getByRole('region', { name: 'Objectifs du parcours' });
  await course.getByRole('button', { name: /Ajouter un objectif/ }).click();
  await course.getByLabel('Nouvel objectif').fill(text);
  if (screenshotName) await screenshot(page, screenshotName);
  await course.getByRole('button', { name: 'Ajouter l’objectif' }).click();
  await course.getByTestId('objective').first().waitFor();
  await expect.poll(() => course.getByTestId('objective').count()).toBeGreaterThan(0);
  await course.getByRole('button', { name: 'Fermer' }).click();
}

describe('building a course from a blank project', () => {
  it('frames it, writes objectives, links them and shows the alignment matrix', async () => {
    const { page } = app;
    await createBlankCourse(page);
    await fillFraming(page);
    await page.getByRole('main').evaluate((main) => main.scrollTo(0, 0));
    await screenshot(page, 'framing');

    // Modules and capsules
    await page.getByTestId('nav-outline').click();
    for (const title of ['Reconnaître une attaque', 'Les bons réflexes']) {
      await page.getByRole('button', { name: 'Ajouter un module', exact: true }).click();
      await page.getByLabel('Titre du nouveau module').fill(title);
      await page.keyboard.press('Enter');
      await page.getByLabel('Titre du nouveau module').waitFor({ state: 'detached' });
      await saved();
    }
    const capsules = [
      ['1. Reconnaître une attaque', 'L’hameçonnage en 5 minutes', 'video'],
      ['1. Reconnaître une attaque', 'Les signes qui trompent', 'reading'],
      ['1. Reconnaître une attaque', 'Quiz : vrai ou faux ?', 'assessment'],
      ['2. Les bons réflexes', 'Que faire d’un courriel douteux', 'video'],
      ['2. Les bons réflexes', 'Signaler un incident', 'activity'],
      ['2. Les bons réflexes', 'Quiz final', 'assessment'],
    ] as const;
    for (const [module, title, kind] of capsules) {
      await page.getByRole('button', { name: 'Ajouter une capsule', exact: true }).click();
      const form = page.locator('form.add-form');
      await form.getByLabel('Module').selectOption({ label: module });
      await form.getByLabel('Titre de la capsule').fill(title);
      await form.getByLabel('Type').selectOption(kind);
      await form.getByRole('button', { name: 'Ajouter' }).click();
      await form.waitFor({ state: 'detached' });
      await saved();
    }
    expect(await capsuleTitles(page, 0)).toEqual(['L’hameçonnage en 5 minutes', 'Les signes qui trompent', 'Quiz : vrai ou faux ?']);
    expect(await capsuleTitles(page, 1)).toEqual(['Que faire d’un courriel douteux', 'Signaler un incident', 'Quiz final']);

    // Objectives: a vague verb is flagged, a measurable one is not
    await page.getByTestId('nav-objectives').click();
    await page.getByRole('heading', { name: 'Objectifs pédagogiques' }).waitFor();
    await addObjective(page, 'Connaître les risques liés aux courriels', 'objective-add');
    const objectives = page.getByTestId('objective');
    await expect.poll(() => objectives.first().getByTestId('wording-warning').innerText()).toContain(fr('« connaître » n’est pas observable'));
    await addObjective(page, 'Repérer un courriel d’hameçonnage');
    await expect.poll(() => objectives.count()).toBe(2);
    expect(await objectives.nth(1).getByTestId('wording-warning').count()).toBe(0);
    // The level is read from the verb when the designer does not choose one.
    expect(await objectives.nth(1).getByLabel('Niveau de Bloom').inputValue()).toBe('remember');

    // Link each objective to capsules that teach it
    await objectives.nth(0).getByTestId('objective-links-summary').click();
    await objectives.nth(0).getByLabel('L’hameçonnage en 5 minutes').check();
    await saved();
    await objectives.nth(1).getByTestId('objective-links-summary').click();
    await objectives.nth(1).getByLabel('Les signes qui trompent').check();
    await saved();
    await objectives.nth(1).getByLabel('Que faire d’un courriel douteux').check();
    await saved();
    await expect.poll(() => objectives.nth(1).getByTestId('objective-links-summary').innerText()).toContain('Enseigné par 2 capsules');
    await objectives.nth(0).getByTestId('objective-links-summary').click();
    await objectives.nth(1).getByTestId('objective-links-summary').click();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(1, 1);
    await page.getByRole('main').evaluate((main) => main.scrollTo(0, 0));
    await screenshot(page, 'objectives');

    // Rewording the vague objective clears the warning and is saved
    const firstText = objectives.first().getByLabel('Texte de l’objectif O1');
    await firstText.fill('Expliquer les risques liés aux courriels');
    await firstText.press('Enter');
    expect(await firstText.evaluate((field) => field === document.activeElement)).toBe(false);
    await saved();
    await expect.poll(() => objectives.first().getByTestId('wording-warning').count()).toBe(0);

    // The matrix shows both taught, neither assessed yet
    await page.getByRole('tab', { name: 'Matrice d’alignement' }).click();
    const matrix = page.getByTestId('alignment-matrix');
    await matrix.waitFor();
    const rows = matrix.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    await expect.poll(() => rows.nth(0).innerText()).toMatch(/O1[\s\S]*Jamais évalué[\s\S]*1 capsule\b/);
    expect(await rows.nth(1).getAttribute('data-status')).toBe('not-assessed');
    await expect.poll(() => page.getByTestId('matrix-summary').innerText()).toBe('0 objectif sur 2 enseigné et évalué · 2 à compléter');
    await screenshot(page, 'matrix');

    // Reorder by drag and drop: the quiz of module 1 goes before its first capsule
    await page.getByTestId('nav-outline').click();
    const quizRow = page.getByTestId('outline-capsule').filter({ hasText: 'Quiz : vrai ou faux ?' }).locator('.tree-row');
    const firstRow = page.getByTestId('outline-capsule').filter({ hasText: 'L’hameçonnage en 5 minutes' }).locator('.tree-row');
    await quizRow.dragTo(firstRow, { targetPosition: { x: 40, y: 4 } });
    await capsuleRowsOf(page, 0).first().filter({ hasText: 'Quiz : vrai ou faux ?' }).waitFor();
    await expect.poll(() => capsuleTitles(page, 0)).toEqual(['Quiz : vrai ou faux ?', 'L’hameçonnage en 5 minutes', 'Les signes qui trompent']);
    await saved();
    // A module dragged below the other one
    await moduleRows().nth(0).locator('.tree-row').first().dragTo(moduleRows().nth(1).locator('.tree-row').first(), { targetPosition: { x: 40, y: 40 } });
    await moduleRows().first().locator('.tree-row__title').first().filter({ hasText: 'Les bons réflexes' }).waitFor();
    await expect.poll(() => moduleRows().locator('.tree-row__title').first().innerText()).toBe('Les bons réflexes');
    await saved();

    // Undo names the action, and Ctrl+Z (outside a text field) undoes the previous one
    const undo = page.getByTestId('undo');
    await expect.poll(() => undo.getAttribute('title')).toBe(fr('Annuler : déplacer un module (Ctrl+Z)'));
    await undo.click();
    await moduleRows().first().locator('.tree-row__title').first().filter({ hasText: 'Reconnaître une attaque' }).waitFor();
    await expect.poll(() => moduleRows().locator('.tree-row__title').first().innerText()).toBe('Reconnaître une attaque');
    await expect.poll(() => undo.getAttribute('title')).toBe(fr('Annuler : déplacer une capsule (Ctrl+Z)'));
    await moduleRows().first().focus();
    await page.keyboard.press('ControlOrMeta+z');
    await capsuleRowsOf(page, 0).first().filter({ hasText: 'L’hameçonnage en 5 minutes' }).waitFor();
    await expect.poll(() => capsuleTitles(page, 0)).toEqual(['L’hameçonnage en 5 minutes', 'Les signes qui trompent', 'Quiz : vrai ou faux ?']);
    expect(await page.getByTestId('redo').getAttribute('title')).toBe(fr('Rétablir : déplacer une capsule (Ctrl+Maj+Z)'));
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await capsuleRowsOf(page, 0).first().filter({ hasText: 'Quiz : vrai ou faux ?' }).waitFor();
    await expect.poll(() => capsuleTitles(page, 0)).toEqual(['Quiz : vrai ou faux ?', 'L’hameçonnage en 5 minutes', 'Les signes qui trompent']);
    await saved();
    await screenshot(page, 'outline-authoring');

    // After a reload, everything is still there
    await page.reload();
    await page.getByRole('heading', { name: 'Plan du cours' }).waitFor();
    expect(await capsuleTitles(page, 0)).toEqual(['Quiz : vrai ou faux ?', 'L’hameçonnage en 5 minutes', 'Les signes qui trompent']);
    expect(await capsuleTitles(page, 1)).toEqual(['Que faire d’un courriel douteux', 'Signaler un incident', 'Quiz final']);
    // A capsule's properties show the objectives it teaches, and link more
    await page.getByTestId('outline-capsule').filter({ hasText: 'Quiz final' }).click();
    const panel = page.getByRole('complementary', { name: 'Propriétés' }).getByTestId('capsule-objectives');
    await expect.poll(() => panel.getByRole('checkbox').count()).toBe(2);
    // Laid out one objective per line although the objectives place (and its styles) has not loaded since the reload.
    const [first, second] = await Promise.all([0, 1].map((index) => panel.locator('label').nth(index).boundingBox()));
    expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
    await panel.getByLabel('Repérer un courriel d’hameçonnage').check();
    await saved();
    await page.getByTestId('outline-capsule').filter({ hasText: 'Les signes qui trompent' }).click();
    await expect.poll(() => panel.getByLabel('Repérer un courriel d’hameçonnage').isChecked()).toBe(true);
    expect(await panel.getByLabel('Expliquer les risques liés aux courriels').isChecked()).toBe(false);

    await page.getByTestId('nav-framing').click();
    expect(await page.getByLabel('Problématique métier').inputValue()).toContain('Trois fuites de données');
    expect(await page.getByLabel('Durée (semaines)').inputValue()).toBe('3');
    expect(await page.getByLabel('Version SCORM').inputValue()).toBe('2004-4th');
    expect(await page.getByLabel('Compétences visées (une par ligne)').inputValue()).toBe('Repérer un courriel piégé\nSignaler un incident');
    await page.getByTestId('nav-objectives').click();
    await page.getByTestId('objective').first().waitFor();
    await expect.poll(() => page.getByTestId('objective').count()).toBe(2);
    expect(await page.getByLabel('Texte de l’objectif O1').inputValue()).toBe('Expliquer les risques liés aux courriels');

    // The same screens in English
    await page.getByRole('group', { name: 'Langue de l’interface' }).getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Learning objectives' }).waitFor();
    await expect.poll(() => page.getByTestId('objective-links-summary').nth(1).innerText()).toContain('Taught by 3 capsules');
    await page.getByRole('tab', { name: 'Alignment matrix' }).click();
    await expect.poll(() => page.getByTestId('alignment-matrix').locator('tbody tr').first().innerText()).toContain('Never assessed');
    await page.getByTestId('nav-framing').click();
    await page.getByRole('heading', { name: 'Course framing' }).waitFor();
    expect(await page.getByLabel('Number of learners').inputValue()).toBe('30');
    expect(await page.getByTestId('undo').getAttribute('title')).toMatch(/^Undo: /);
    await screenshot(page, 'framing-en');
  }, 120_000);
});

describe('editing the outline of the sample course', () => {
  const titleOf = (row: ReturnType<typeof moduleRows>) => row.locator('.tree-row__title').first().innerText();

  it('moves, duplicates and deletes rows from the keyboard, and undoes the deletion from its notice', async () => {
    const { page } = app;
    await moduleRows().nth(3).waitFor();
    await expect.poll(() => moduleRows().count()).toBe(4);
    const firstTitles = await capsuleTitles(page, 0);

    // Alt+↓ moves the focused capsule down; past the last one it enters the next module
    await moduleRows().first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await capsuleRowsOf(page, 0).first().filter({ hasText: firstTitles[1]! }).waitFor();
    await expect.poll(() => capsuleTitles(page, 0)).toEqual([firstTitles[1], firstTitles[0], ...firstTitles.slice(2)]);
    expect(await page.evaluate(() => document.activeElement?.querySelector('.tree-row__title')?.textContent)).toBe(firstTitles[0]);

    // Ctrl+D duplicates the module right after itself
    const secondModule = await titleOf(moduleRows().nth(1));
    await moduleRows().nth(1).focus();
    await page.keyboard.press('ControlOrMeta+d');
    await moduleRows().nth(4).waitFor();
    await expect.poll(() => moduleRows().count()).toBe(5);
    // The copy says it is one, in the course's language.
    expect(await titleOf(moduleRows().nth(2))).toBe(`${secondModule} (copie)`);
    await saved();

    // Delete removes the focused module; the notice brings it back
    await moduleRows().nth(2).focus();
    await page.keyboard.press('Delete');
    await moduleRows().nth(4).waitFor({ state: 'detached' });
    await expect.poll(() => moduleRows().count()).toBe(4);
    await expect.poll(() => page.getByTestId('deleted-notice').innerText()).toContain(fr(`« ${secondModule} (copie) » a été supprimé.`));
    await page.getByRole('button', { name: 'Annuler la suppression' }).click();
    await moduleRows().nth(4).waitFor();
    await expect.poll(() => moduleRows().count()).toBe(5);
    expect(await page.getByTestId('deleted-notice').count()).toBe(0);
  });

  it('filters the tree by title, ignoring accents, and says when nothing matches', async () => {
    const { page } = app;
    await moduleRows().nth(3).waitFor();
    await expect.poll(() => moduleRows().count()).toBe(4);
    const search = page.getByRole('searchbox', { name: 'Rechercher dans le plan' });
    const title = await capsuleTitles(page, 2).then((titles) => titles[0]!);
    await search.fill(title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase());
    await expect.poll(() => page.getByTestId('outline-capsule').locator('.tree-row__title').allInnerTexts()).toContain(title);
    expect(await moduleRows().count()).toBeLessThan(4);
    await search.fill('zzz introuvable');
    expect(await page.getByText('Aucun module ni capsule ne contient « zzz introuvable ».').isVisible()).toBe(true);
    await search.press('Escape');
    await expect.poll(() => moduleRows().count()).toBe(4);
  });
});

describe('objectives of the sample course', () => {
  it('shows each objective’s links and the matrix of what is taught and assessed', async () => {
    const { page } = app;
    await page.getByTestId('nav-objectives').click();
    await page.getByTestId('objective').first().waitFor();
    await expect.poll(() => page.getByTestId('objective').count()).toBeGreaterThan(3);
    // Questions linked in the quiz editor show under the objective they assess
    const questions = page.getByTestId('objective').first().getByTestId('objective-questions');
    await expect.poll(() => questions.innerText()).toMatch(/^Évalué par \d+ questions$/);
    await questions.click();
    expect(await page.getByTestId('objective').first().locator('.objective__questions li').count()).toBeGreaterThan(1);
    await screenshot(page, 'objectives-sample');
    await page.getByRole('tab', { name: 'Matrice d’alignement' }).click();
    const rows = page.getByTestId('alignment-matrix').locator('tbody tr');
    await page.getByRole('tab', { name: 'Objectifs', exact: true }).click();
    const objectiveCount = await page.getByTestId('objective').count();
    await page.getByRole('tab', { name: 'Matrice d’alignement' }).click();
    expect(await rows.count()).toBe(objectiveCount);
    const statuses = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')));
    expect(statuses.every((status) => ['aligned', 'not-taught', 'not-assessed', 'neither'].includes(status ?? ''))).toBe(true);
    expect(statuses).toContain('aligned');
    await screenshot(page, 'matrix-sample');
  });
});
