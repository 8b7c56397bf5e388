import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './support/launchApp';
import { screenshot } from './support/screenshot';

let app: LaunchedApp;

beforeEach(async () => {
  app = await launchApp();
});

afterEach(async () => {
  try {
    app.assertNoProblems();
  } finally {
    await app.close();
  }
});

const saveStatus = () => app.page.getByTestId('save-status');
const saved = () => expect.poll(() => saveStatus().innerText()).toBe('✓ Enregistré');
const moduleRows = () => app.page.getByTestId('outline-module');
const capsuleTitles = (page: Page, moduleIndex: number) =>
  page.getByTestId('outline-module').nth(moduleIndex).getByTestId('outline-capsule').locator('.tree-row__title').allInnerTexts();

async function createBlankCourse(page: Page) {
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
  expect(await duration.getAttribute('aria-invalid')).toBe('true');
  await duration.fill('3');
  expect(await page.getByText('Entrez un nombre entier entre 1 et 104.').count()).toBe(0);

  await framing.getByLabel('Date de démarrage').fill('2027-01-11');
  await framing.getByLabel('LMS cible').fill('Moodle');
  await framing.getByLabel('Version SCORM').selectOption('2004-4th');
  await framing.getByLabel('Compétences visées (une par ligne)').fill('Repérer un courriel piégé\nSignaler un incident');
  await framing.getByLabel('Compétences visées (une par ligne)').blur();
  await saved();
  expect(await page.getByText('Charge totale prévue : 2 h 15.').isVisible()).toBe(true);
}

async function addObjective(page: Page, text: string) {
  const course = page.getByRole('region', { name: 'Objectifs du parcours' });
  await course.getByRole('button', { name: /Ajouter un objectif/ }).click();
  await course.getByLabel('Nouvel objectif').fill(text);
  await course.getByRole('button', { name: 'Ajouter l’objectif' }).click();
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
      await saved();
    }
    expect(await capsuleTitles(page, 0)).toEqual(['L’hameçonnage en 5 minutes', 'Les signes qui trompent', 'Quiz : vrai ou faux ?']);
    expect(await capsuleTitles(page, 1)).toEqual(['Que faire d’un courriel douteux', 'Signaler un incident', 'Quiz final']);

    // Objectives: a vague verb is flagged, a measurable one is not
    await page.getByTestId('nav-objectives').click();
    await page.getByRole('heading', { name: 'Objectifs pédagogiques' }).waitFor();
    await addObjective(page, 'Connaître les risques liés aux courriels');
    const objectives = page.getByTestId('objective');
    await expect.poll(() => objectives.first().getByTestId('wording-warning').innerText()).toContain('« connaître » n’est pas observable');
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
    await page.getByRole('main').evaluate((main) => main.scrollTo(0, 0));
    await screenshot(page, 'objectives');

    // Rewording the vague objective clears the warning and is saved
    const firstText = objectives.first().getByLabel('Texte de l’objectif O1');
    await firstText.fill('Expliquer les risques liés aux courriels');
    await firstText.blur();
    await saved();
    expect(await objectives.first().getByTestId('wording-warning').count()).toBe(0);

    // The matrix shows both taught, neither assessed yet
    await page.getByRole('tab', { name: 'Matrice d’alignement' }).click();
    const matrix = page.getByTestId('alignment-matrix');
    await matrix.waitFor();
    const rows = matrix.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/O1[\s\S]*1 capsule\(s\)[\s\S]*Jamais évalué/);
    expect(await rows.nth(1).getAttribute('data-status')).toBe('not-assessed');
    expect(await page.getByTestId('matrix-summary').innerText()).toBe('0 objectif(s) sur 2 enseigné(s) et évalué(s) · 2 à compléter');
    await screenshot(page, 'matrix');
  }, 120_000);
});
