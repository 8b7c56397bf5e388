import { describe, expect, it } from 'vitest';
import { holdReloadsUntilNextWrite } from './support/heldReloads';
import { launchAppForEachTest } from './support/launchApp';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();

const saved = () => waitUntilSaved(app.page);

describe('typing and clicking without pauses', () => {
  it('keeps the right answer ticked straight after typing the answer’s text', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Ajouter une capsule' }).first().click();
    await page.getByLabel('Titre de la capsule').fill('Quiz express');
    await page.getByLabel('Type', { exact: true }).selectOption('assessment');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await saved();
    await page.getByTestId('nav-quiz').click();
    await page.getByTestId('quiz-list-item').filter({ hasText: 'Quiz express' }).click();
    await page.getByRole('button', { name: 'Créer le quiz de cette évaluation' }).click();
    await page.getByLabel('Type de question').selectOption({ label: 'Choix multiple' });
    await page.getByRole('button', { name: 'Ajouter une question' }).click();
    const card = page.locator('.question-card--open');
    await card.getByLabel('Réponse 2', { exact: true }).waitFor();

    // A new multiple choice has answers 1 and 2 right: answer 3 is made right, answer 1 wrong.
    const answer = (n: number) => card.getByLabel(`Réponse ${n}`, { exact: true });
    const right = (n: number) => card.getByLabel(`Bonne réponse (Réponse ${n})`);
    const reloads = await holdReloadsUntilNextWrite(page, 'getCapsuleQuiz', 'updateQuestion');
    for (const n of [3, 1]) {
      await answer(n).fill('');
      await answer(n).pressSequentially(`Option tapée ${n}`);
      await right(n).click();
    }
    // The reloads sent for those commits now land; what is typed next must not be based on them.
    await reloads.delivered();
    await card.getByLabel('Feedback de la réponse 2').fill('Oui.');
    await card.getByLabel('Feedback de la réponse 2').blur();
    const expected = [false, true, true];
    await saved();
    await reloads.stop();
    await expect.poll(() => Promise.all([1, 2, 3].map((n) => right(n).isChecked()))).toEqual(expected);
    await page.reload();
    await page.getByTestId('nav-quiz').click();
    await page.getByTestId('quiz-list-item').filter({ hasText: 'Quiz express' }).click();
    await page.getByTestId('question-card').first().locator('.question-card__summary').click();
    expect(await answer(1).inputValue()).toBe('Option tapée 1');
    expect(await answer(3).inputValue()).toBe('Option tapée 3');
    expect(await card.getByLabel('Feedback de la réponse 2').inputValue()).toBe('Oui.');
    expect(await Promise.all([1, 2, 3].map((n) => right(n).isChecked()))).toEqual(expected);
  });

  it('keeps every letter typed straight after adding an objective with Enter', async () => {
    const { page } = app;
    await page.getByTestId('nav-objectives').click();
    const course = page.getByRole('region', { name: 'Objectifs du parcours' });
    await course.getByRole('button', { name: /Ajouter un objectif/ }).click();
    const field = course.getByLabel('Nouvel objectif');
    await field.pressSequentially('Conduire un brief\n');
    await field.pressSequentially('Recadrer un collaborateur\n');
    const texts = () => course.getByLabel(/^Texte de l’objectif/).evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
    await expect.poll(texts).toEqual(expect.arrayContaining(['Conduire un brief', 'Recadrer un collaborateur']));
    expect(await field.inputValue()).toBe('');
  });

  it('keeps what is typed straight after Enter saved a field', async () => {
    const { page } = app;
    await page.getByTestId('nav-cohorts').click();
    await page.getByTestId('cohort-item').first().waitFor();
    await expect.poll(() => page.getByTestId('cohort-item').count()).toBe(1);
    const name = page.getByTestId('cohort-details').getByLabel('Nom', { exact: true });
    const reloads = await holdReloadsUntilNextWrite(page, 'getCourseDocument');
    await name.fill('Session');
    await name.press('Enter');
    await name.pressSequentially(' de');
    // The reload of the first save lands in the middle of the typing.
    await saved();
    await reloads.release();
    await name.pressSequentially(' mars');
    await name.press('Enter');
    await saved();
    await reloads.stop();
    await expect.poll(() => page.getByTestId('cohort-item').first().innerText()).toContain('Session de mars');
    expect(await name.inputValue()).toBe('Session de mars');
  });
});
