import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();

const QUIZ_TITLE = 'Évaluation finale : le manager de proximité';

const cards = () => app.page.getByTestId('question-card');
const openCard = () => app.page.locator('.question-card--open');
const saved = () => waitUntilSaved(app.page);

/** Types into a field and leaves it, which is when the editor saves. */
async function type(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.blur();
}

/** Ticks a checkbox whose state comes back from the backend once saved. */
async function tick(box: Locator): Promise<void> {
  await box.click();
  await expect.poll(() => box.isChecked()).toBe(true);
}

async function addQuestion(typeLabel: string, prompt: string): Promise<Locator> {
  const { page } = app;
  const before = await cards().count();
  await page.getByLabel('Type de question').selectOption({ label: typeLabel });
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await cards().nth(before).waitFor();
  await expect.poll(() => cards().count()).toBe(before + 1);
  const card = openCard();
  await type(card.getByLabel('Énoncé'), prompt);
  await type(card.getByLabel('Feedback si juste'), `Juste : ${prompt}`);
  await type(card.getByLabel('Feedback si faux'), `Faux : ${prompt}`);
  return card;
}

async function openAssessment(title: string): Promise<void> {
  await app.page.getByTestId('nav-quiz').click();
  await app.page.getByTestId('quiz-list-item').filter({ hasText: title }).click();
}

describe('quiz editor', () => {
  it('builds a quiz with one question of each type and feedback, previews one, and finds it all after a reload', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Ajouter une capsule' }).first().click();
    await page.getByLabel('Titre de la capsule').fill(QUIZ_TITLE);
    await page.getByLabel('Type', { exact: true }).selectOption('assessment');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await saved();

    await openAssessment(QUIZ_TITLE);
    await expect.poll(() => page.getByTestId('quiz-list-item').filter({ hasText: QUIZ_TITLE }).innerText()).toContain('pas encore de quiz');
    await page.getByRole('button', { name: 'Créer le quiz de cette évaluation' }).click();
    await page.getByRole('heading', { name: 'Réglages du quiz' }).waitFor();
    await type(page.getByLabel('Message si réussi'), 'Bravo, vous êtes prêt pour le terrain.');
    await type(page.getByLabel('Message si échoué'), 'Relisez les fiches méthode, puis réessayez.');
    await tick(page.getByLabel('Seuil propre à ce quiz'));
    await saved();

    let card = await addQuestion('Choix unique', 'Que faites-vous en premier face à un conflit ?');
    await type(card.getByLabel('Réponse 1', { exact: true }), 'J’écoute chacune des parties');
    await type(card.getByLabel('Feedback de la réponse 1'), 'Oui : comprendre avant d’agir.');
    await type(card.getByLabel('Réponse 2', { exact: true }), 'Je tranche tout de suite');
    await type(card.getByLabel('Réponse 3', { exact: true }), 'J’attends que ça passe');

    await addQuestion('Choix multiple', 'Quels éléments font un bon brief ?');

    card = await addQuestion('Vrai / faux', 'Un recadrage se fait en public.');
    await card.getByText('Faux', { exact: true }).click();

    card = await addQuestion('Réponse courte', 'La méthode DESC commence par ___.');
    await type(card.getByLabel('Réponses acceptées (une par ligne)'), 'Décrire\ndécrire les faits');

    card = await addQuestion('Appariement', 'Associez chaque étape DESC à son contenu.');
    await type(card.getByLabel('Élément 1', { exact: true }), 'Décrire');
    await type(card.getByLabel('Correspondance 1', { exact: true }), 'les faits observés');

    card = await addQuestion('Remise en ordre', 'Remettez les étapes du brief dans l’ordre.');
    await type(card.getByLabel('Étape 1', { exact: true }), 'Contexte');

    card = await addQuestion('Numérique', 'Combien de minutes dure un point d’équipe efficace ?');
    await type(card.getByLabel('Valeur attendue'), '7,5');
    await type(card.getByLabel('Tolérance (±)'), '2,5');
    await saved();

    expect(await cards().count()).toBe(7);
    expect(await cards().evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-type')))).toEqual([
      'single-choice',
      'multiple-choice',
      'true-false',
      'fill-in',
      'matching',
      'ordering',
      'numeric',
    ]);
    await expect.poll(() => page.getByTestId('quiz-status').innerText()).toContain('Prêt pour l’export');

    // The learner preview judges as the player does: 9 is within 7.5 ± 2.5, typed with a French comma.
    await cards().nth(6).getByRole('button', { name: 'Aperçu apprenant' }).click();
    const preview = page.getByTestId('question-preview');
    await preview.getByLabel('Votre réponse').fill('9,0');
    await preview.getByRole('button', { name: 'Valider' }).click();
    await expect.poll(() => preview.innerText()).toContain('Bonne réponse.');
    await expect.poll(() => preview.innerText()).toContain('Juste : Combien de minutes dure un point d’équipe efficace ?');
    await preview.getByRole('button', { name: 'Réessayer' }).click();
    await preview.getByLabel('Votre réponse').fill('11');
    await preview.getByRole('button', { name: 'Valider' }).click();
    await expect.poll(() => preview.innerText()).toContain('Réponse incorrecte.');
    // Opening a question previews it on the right; a right answer shows the option's own feedback.
    await cards().first().locator('.question-card__summary').click();
    await preview.getByLabel('J’écoute chacune des parties').check();
    await preview.getByRole('button', { name: 'Valider' }).click();
    await expect.poll(() => preview.innerText()).toContain('Oui : comprendre avant d’agir.');
    await page.locator('#workspace-centre').evaluate((centre) => centre.scrollTo(0, 0));
    await screenshot(page, 'quiz');

    await page.reload();
    await openAssessment(QUIZ_TITLE);
    await expect.poll(() => cards().count()).toBe(7);
    expect(await page.getByLabel('Message si réussi').inputValue()).toBe('Bravo, vous êtes prêt pour le terrain.');
    expect(await page.getByLabel('Message si échoué').inputValue()).toBe('Relisez les fiches méthode, puis réessayez.');

    await cards().nth(0).locator('.question-card__summary').click();
    expect(await openCard().getByLabel('Énoncé').inputValue()).toBe('Que faites-vous en premier face à un conflit ?');
    expect(await openCard().getByLabel('Réponse 1', { exact: true }).inputValue()).toBe('J’écoute chacune des parties');
    expect(await openCard().getByLabel('Feedback de la réponse 1').inputValue()).toBe('Oui : comprendre avant d’agir.');
    expect(await openCard().getByLabel('Feedback si faux').inputValue()).toBe('Faux : Que faites-vous en premier face à un conflit ?');

    await cards().nth(2).locator('.question-card__summary').click();
    expect(await openCard().getByRole('radio', { name: 'Faux' }).isChecked()).toBe(true);
    await cards().nth(3).locator('.question-card__summary').click();
    expect(await openCard().getByLabel('Réponses acceptées (une par ligne)').inputValue()).toBe('Décrire\ndécrire les faits');
    await cards().nth(4).locator('.question-card__summary').click();
    expect(await openCard().getByLabel('Correspondance 1', { exact: true }).inputValue()).toBe('les faits observés');
    await cards().nth(5).locator('.question-card__summary').click();
    expect(await openCard().getByLabel('Étape 1', { exact: true }).inputValue()).toBe('Contexte');
    await cards().nth(6).locator('.question-card__summary').click();
    expect(await openCard().getByLabel('Valeur attendue').inputValue()).toBe('7.5');
    expect(await openCard().getByLabel('Tolérance (±)').inputValue()).toBe('2.5');
  }, 90_000);

  it('writes a text with blanks, reads its accepted answers back, and the learner preview scores every blank', async () => {
    const { page } = app;
    await page.getByTestId('nav-quiz').click();
    await page.getByTestId('quiz-list-item').first().click();
    await cards().first().waitFor();
    await expect.poll(() => cards().count()).toBeGreaterThan(0);
    const card = await addQuestion('Texte à trous', 'Complétez la phrase.');
    const text = card.getByLabel('Texte à trous');
    await type(text, 'Un bon manager [écoute|écoute activement], puis il [reformule].');
    const blanks = card.locator('.cloze-editor__blanks');
    await expect.poll(() => blanks.innerText()).toMatch(/2 trous\s+Trou 1\s+écoute\s+écoute activement\s+Trou 2\s+reformule/);
    const accents = card.getByLabel('Exiger les accents');
    await accents.click();
    await expect.poll(() => accents.isChecked()).toBe(false);
    await saved();

    await card.getByRole('button', { name: 'Aperçu apprenant' }).click();
    const preview = page.getByTestId('question-preview');
    await preview.getByLabel('Trou 1 sur 2').fill('Ecoute');
    await preview.getByLabel('Trou 2 sur 2').fill('reformule');
    await preview.getByRole('button', { name: 'Valider' }).click();
    await expect.poll(() => preview.innerText()).toContain('Bonne réponse.');
    await screenshot(page, 'quiz-cloze');
    await preview.getByRole('button', { name: 'Réessayer' }).click();
    await preview.getByLabel('Trou 1 sur 2').fill('écoute');
    await preview.getByLabel('Trou 2 sur 2').fill('juge');
    await preview.getByRole('button', { name: 'Valider' }).click();
    await expect.poll(() => preview.innerText()).toContain('Réponse incorrecte.');

    // A text without brackets has no blank: the error sits beside it.
    await type(text, 'Un bon manager écoute.');
    await expect.poll(() => card.innerText()).toContain('Aucun trou');
    await type(text, 'Un bon manager [écoute|écoute activement], puis il [reformule].');
    await saved();

    await page.reload();
    await page.getByTestId('nav-quiz').click();
    await page.getByTestId('quiz-list-item').first().click();
    const reloaded = cards().last();
    await reloaded.locator('.question-card__summary').click();
    expect(await openCard().getByLabel('Texte à trous').inputValue()).toBe('Un bon manager [écoute|écoute activement], puis il [reformule].');
    expect(await openCard().getByLabel('Exiger les accents').isChecked()).toBe(false);
    expect(await reloaded.getAttribute('data-type')).toBe('cloze');
  });

  it('shows validation where it belongs, reorders, duplicates and deletes questions, and draws N from the bank', async () => {
    const { page } = app;
    await page.getByTestId('nav-quiz').click();
    await page.getByTestId('quiz-list-item').first().click();
    await cards().nth(2).waitFor();
    await expect.poll(() => cards().count()).toBeGreaterThan(2);
    const count = await cards().count();
    const firstPrompt = await cards().first().locator('.question-card__prompt').innerText();
    const secondPrompt = await cards().nth(1).locator('.question-card__prompt').innerText();

    await cards().first().getByRole('button', { name: 'Descendre (1)' }).click();
    await expect.poll(() => cards().first().locator('.question-card__prompt').innerText()).toBe(secondPrompt);
    await expect.poll(() => cards().nth(1).locator('.question-card__prompt').innerText()).toBe(firstPrompt);

    await cards().first().getByRole('button', { name: 'Dupliquer (1)' }).click();
    await cards().nth(count).waitFor();
    await expect.poll(() => cards().count()).toBe(count + 1);
    await expect.poll(() => cards().nth(1).locator('.question-card__prompt').innerText()).toBe(secondPrompt);

    await cards().nth(1).getByRole('button', { name: 'Supprimer (2)' }).click();
    await page.getByRole('group', { name: 'Supprimer la question 2 ?' }).getByRole('button', { name: 'Confirmer' }).click();
    await cards().nth(count).waitFor({ state: 'detached' });
    await expect.poll(() => cards().count()).toBe(count);

    // A multiple choice with no right answer: the error sits beside its answers and the quiz is not ready.
    await page.getByLabel('Type de question').selectOption({ label: 'Choix multiple' });
    await page.getByRole('button', { name: 'Ajouter une question' }).click();
    await cards().nth(count).waitFor();
    await expect.poll(() => cards().count()).toBe(count + 1);
    const rightAnswers = openCard().getByRole('checkbox', { name: /^Bonne réponse/ });
    for (const box of await rightAnswers.all()) {
      if (await box.isChecked()) {
        await box.click();
        await expect.poll(() => box.isChecked()).toBe(false);
      }
    }
    await expect.poll(() => openCard().locator('.question-editor__answers').getByTestId('quiz-issues').innerText()).toContain('Aucune réponse n’est marquée juste.');
    await expect.poll(() => page.getByTestId('quiz-status').innerText()).toContain('1 erreur');
    await tick(rightAnswers.first());
    await expect.poll(() => page.getByTestId('quiz-status').innerText()).toContain('Prêt pour l’export');
    await openCard().locator('.question-card__summary').click();
    await cards().last().getByRole('button', { name: `Supprimer (${count + 1})` }).click();
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await cards().nth(count).waitFor({ state: 'detached' });
    await expect.poll(() => cards().count()).toBe(count);

    await tick(page.getByLabel('Tirer au hasard'));
    await page.getByLabel('Tirer N questions au hasard (banque)').fill(String(count + 5));
    await page.getByLabel('Tirer N questions au hasard (banque)').press('Enter');
    await expect.poll(() => page.getByTestId('quiz-issues').allInnerTexts()).toContain(`Tirage de ${count + 5} questions dans une banque de ${count}.`);
    // Every question is then asked: a warning, as in the export, not an error.
    await expect.poll(() => page.getByTestId('quiz-status').innerText()).toContain('Prêt pour l’export');
    await page.getByLabel('Tirer N questions au hasard (banque)').fill('2');
    await page.getByLabel('Tirer N questions au hasard (banque)').press('Enter');
    await expect.poll(() => page.getByTestId('quiz-status').innerText()).toContain('Prêt pour l’export');

    await page.reload();
    await page.getByTestId('nav-quiz').click();
    await page.getByTestId('quiz-list-item').first().click();
    await cards().nth(count - 1).waitFor();
    await expect.poll(() => cards().count()).toBe(count);
    expect(await page.getByLabel('Tirer N questions au hasard (banque)').inputValue()).toBe('2');
  }, 60_000);
});
