import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { waitUntilSaved } from './support/saveStatus';

/** What the designer shows a client agrees everywhere: durations, alignment, checks, export. */
const app = launchAppForEachTest();

const saved = () => waitUntilSaved(app.page);

async function openAssessment(title: string): Promise<void> {
  await app.page.getByTestId('nav-quiz').click();
  await app.page.getByTestId('quiz-list-item').filter({ hasText: title }).click();
  await app.page.getByRole('heading', { name: 'Réglages du quiz' }).waitFor();
}

/** The outline and the board each show a capsule's minutes in its own time field. */
const outlineMinutes = async (title: string) =>
  `${await app.page.getByTestId('outline-capsule').filter({ hasText: title }).locator('.minutes-field__input').inputValue()} min`;
const boardMinutes = async (title: string) =>
  `${await app.page.getByTestId('board-capsule').filter({ hasText: title }).locator('.minutes-field__input').inputValue()} min`;

describe('durations agree everywhere', () => {
  it('times a quiz drawing 2 questions from its bank of 8 the same in the outline, the board and the capsule editor', async () => {
    const { page } = app;
    const title = 'Quiz : communiquer efficacement';
    await page.getByTestId('nav-outline').click();
    const before = await outlineMinutes(title);

    await openAssessment(title);
    // The box shows the saved state, so it ticks once the backend has it.
    await page.getByLabel('Tirer au hasard').click();
    await expect.poll(() => page.getByLabel('Tirer au hasard').isChecked()).toBe(true);
    const draw = page.getByLabel('Tirer N questions au hasard (banque)');
    await draw.fill('2');
    await draw.press('Enter');
    await saved();
    await expect.poll(() => draw.inputValue()).toBe('2');

    await page.getByTestId('nav-pacing').click();
    // The board has always counted the draw; wait for it to show the new one.
    await page.getByTestId('board-capsule').filter({ hasText: title }).waitFor();
    await expect.poll(() => boardMinutes(title)).not.toBe(before);
    const onBoard = await boardMinutes(title);
    await page.getByTestId('nav-outline').click();
    // 8 questions at a minute each become 2: the outline says what the board says.
    await page.getByTestId('outline-capsule').filter({ hasText: title }).waitFor();
    await expect.poll(() => outlineMinutes(title)).toBe(onBoard);
    await screenshot(page, 'one-truth-outline-draw');

    await page.getByTestId('outline-capsule').filter({ hasText: title }).locator('.tree-row__title').dblclick();
    await expect.poll(() => page.getByTestId('capsule-estimate').innerText()).toContain(onBoard);
  }, 60_000);
});

const NEW_OBJECTIVE = 'Rédiger une consigne de contrôle en cinq questions';
const QUIZ = 'Quiz : communiquer efficacement';

/** The matrix row of the objective added by the test (the screen rereads it on arrival, hence the polls). */
async function matrixStatus(): Promise<() => Promise<string | null>> {
  const { page } = app;
  await page.getByTestId('nav-objectives').click();
  await page.getByRole('tab', { name: 'Matrice d’alignement' }).click();
  return () => page.getByTestId('alignment-matrix').locator('tbody tr').filter({ hasText: NEW_OBJECTIVE }).getAttribute('data-status');
}
/** The checks' "objective not assessed" findings about it. */
async function unassessedFindings(): Promise<() => Promise<number>> {
  const { page } = app;
  await page.getByTestId('nav-checks').click();
  await page.getByTestId('checks-summary').waitFor();
  return () => page.locator('[data-testid="finding"][data-check="objective-not-assessed"]').filter({ hasText: NEW_OBJECTIVE }).count();
}

describe('questions linked to objectives', () => {
  it('links a whole quiz and single questions to an objective; the matrix and the checks agree at each step, and undo reverts the link', async () => {
    const { page } = app;
    await page.getByTestId('nav-objectives').click();
    const course = page.getByRole('region', { name: 'Objectifs du parcours' });
    await course.getByRole('button', { name: /Ajouter un objectif/ }).click();
    await course.getByLabel('Nouvel objectif').fill(NEW_OBJECTIVE);
    await course.getByRole('button', { name: 'Ajouter l’objectif' }).click();
    await course.getByRole('button', { name: 'Fermer' }).click();
    const newCard = course.getByTestId('objective').last();
    await expect.poll(() => newCard.locator('textarea').first().inputValue()).toBe(NEW_OBJECTIVE);
    // Taught by the quiz's capsule, but no question assesses it yet.
    await newCard.getByTestId('objective-links-summary').click();
    await newCard.getByLabel(QUIZ).check();
    await saved();
    await expect.poll(await matrixStatus()).toBe('not-assessed');
    await expect.poll(await unassessedFindings()).toBe(1);

    await openAssessment(QUIZ);
    const quizLinks = page.getByTestId('quiz-objectives');
    const row = quizLinks.locator('label').filter({ hasText: NEW_OBJECTIVE });
    await row.filter({ hasText: '0 sur 8 questions' }).waitFor();
    await expect.poll(() => row.innerText()).toContain('0 sur 8 questions');
    await row.getByRole('checkbox').click();
    await saved();
    await row.filter({ hasText: '8 sur 8 questions' }).waitFor();
    await expect.poll(() => row.innerText()).toContain('8 sur 8 questions');
    expect(await row.getByRole('checkbox').isChecked()).toBe(true);
    await quizLinks.scrollIntoViewIfNeeded();
    await screenshot(page, 'one-truth-quiz-links');

    // Undo takes the whole link back in one step; redo puts it back.
    await page.getByRole('button', { name: /Annuler/ }).first().click();
    await row.filter({ hasText: '0 sur 8 questions' }).waitFor();
    await expect.poll(() => row.innerText()).toContain('0 sur 8 questions');
    await page.getByRole('button', { name: /Rétablir/ }).first().click();
    await row.filter({ hasText: '8 sur 8 questions' }).waitFor();
    await expect.poll(() => row.innerText()).toContain('8 sur 8 questions');

    // One question no longer assesses it: the quiz shows "some".
    await page.getByTestId('question-card').first().locator('.question-card__summary').click();
    const questionLinks = page.locator('.question-card--open').getByTestId('question-objectives');
    const questionBox = questionLinks.locator('label').filter({ hasText: NEW_OBJECTIVE }).getByRole('checkbox');
    expect(await questionBox.isChecked()).toBe(true);
    await questionBox.click();
    await saved();
    await row.filter({ hasText: '7 sur 8 questions' }).waitFor();
    await expect.poll(() => row.innerText()).toContain('7 sur 8 questions');
    expect(await row.getByRole('checkbox').evaluate((box: HTMLInputElement) => box.indeterminate)).toBe(true);
    await screenshot(page, 'one-truth-quiz-objectives');

    await expect.poll(await matrixStatus()).toBe('aligned');
    await expect.poll(() => page.getByTestId('alignment-matrix').locator('tbody tr').filter({ hasText: NEW_OBJECTIVE }).innerText()).toContain('7');
    await expect.poll(await unassessedFindings()).toBe(0);
  }, 60_000);
});

describe('export settings and the framing', () => {
  it('starts from the framing’s Talent LMS target, advises for Talent LMS, and neither the export nor an undo touches the other', async () => {
    const { page } = app;
    await page.getByTestId('nav-framing').click();
    const lms = page.getByLabel('LMS cible');
    await lms.fill('Talent LMS');
    await lms.blur();
    await saved();

    await page.getByRole('button', { name: 'Exporter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
    await expect.poll(() => dialog.getByTestId('export-target').innerText()).toContain('Talent LMS');
    await expect.poll(() => dialog.getByRole('radio', { name: /^SCORM 1\.2/ }).isChecked()).toBe(true);
    const advice = dialog.getByTestId('export-infos');
    await expect.poll(() => advice.innerText()).toContain('Dans Talent LMS');
    expect(await advice.innerText()).not.toContain('Moodle');
    await screenshot(page, 'one-truth-export-talentlms');

    await dialog.getByRole('radio', { name: /^SCORM 2004 4e édition/ }).check();
    await dialog.getByText('Rien ne bloque l’export.').waitFor();
    await dialog.getByRole('button', { name: 'Exporter le paquet' }).click();
    await dialog.getByTestId('export-result').waitFor();
    await dialog.getByRole('button', { name: 'Fermer' }).last().click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // The framing, read again from the file, still targets SCORM 1.2: the export remembered its choice elsewhere.
    await page.reload();
    await page.getByTestId('nav-framing').click();
    await page.getByLabel('Version SCORM').waitFor();
    await expect.poll(() => page.getByLabel('Version SCORM').inputValue()).toBe('1.2');

    // Undo takes back the last edit (the LMS name), not the export's choices.
    await page.getByRole('button', { name: /Annuler/ }).first().click();
    await expect.poll(() => lms.inputValue()).toBe('LMS interne SCORM');
    await page.getByRole('button', { name: 'Exporter' }).click();
    await page.getByRole('dialog').getByRole('radio', { name: /^SCORM 2004 4e édition/ }).waitFor();
    await expect.poll(() => page.getByRole('dialog').getByRole('radio', { name: /^SCORM 2004 4e édition/ }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
  }, 60_000);
});

describe('what blocks the export is a check', () => {
  it('lists a multiple-choice question without a correct answer as blocking the export, in the checks and in the export dialog, each one click from the question', async () => {
    const { page } = app;
    const prompt = '« À partir de maintenant, on fait plus attention sur la 412';
    await openAssessment(QUIZ);
    const card = page.getByTestId('question-card').filter({ hasText: prompt });
    await card.locator('.question-card__summary').click();
    for (const n of [1, 2, 3]) {
      const box = card.getByRole('checkbox', { name: `Bonne réponse (Réponse ${n})` });
      await box.click();
      await saved();
      await expect.poll(() => box.isChecked()).toBe(false);
    }

    await page.getByTestId('nav-checks').click();
    await page.getByTestId('checks-summary').waitFor();
    await expect.poll(() => page.getByTestId('checks-summary').innerText()).toMatch(/^1 bloquant l’export, /);
    expect(await page.locator('.checks__intro').innerText()).not.toContain('ne bloquent jamais');
    const blocker = page.locator('[data-testid="finding"][data-check="export-blocker"]');
    expect(await blocker.count()).toBe(1);
    await expect.poll(() => blocker.innerText()).toContain('n’a aucune bonne réponse');
    await screenshot(page, 'one-truth-checks-blocker');
    await blocker.getByRole('button', { name: 'Aller à l’élément' }).click();
    const openCard = page.locator('.question-card--open');
    await expect.poll(() => openCard.locator('.question-card__prompt').innerText()).toContain(prompt);

    // The export refuses the same thing, says so, and leads to the same place.
    await page.getByTestId('nav-outline').click();
    await page.getByRole('button', { name: 'Exporter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter en SCORM' });
    await expect.poll(() => dialog.getByTestId('export-errors').innerText()).toContain('n’a aucune bonne réponse');
    expect(await dialog.getByTestId('export-errors').locator('li').count()).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Exporter le paquet' }).isDisabled()).toBe(true);
    await screenshot(page, 'one-truth-export-blocker');
    await dialog.getByTestId('export-errors').getByRole('button', { name: 'Aller à l’élément' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.locator('.question-card--open .question-card__prompt').innerText()).toContain(prompt);
  }, 60_000);
});
