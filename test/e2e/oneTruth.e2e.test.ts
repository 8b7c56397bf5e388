import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

/** What the designer shows a client agrees everywhere: durations, alignment, checks, export. */
const app = launchAppForEachTest();

const saved = () => expect.poll(() => app.page.getByTestId('save-status').innerText()).toBe('✓ Enregistré');

async function openAssessment(title: string): Promise<void> {
  await app.page.getByTestId('nav-quiz').click();
  await app.page.getByTestId('quiz-list-item').filter({ hasText: title }).click();
  await app.page.getByRole('heading', { name: 'Réglages du quiz' }).waitFor();
}

const outlineMinutes = (title: string) =>
  app.page.getByTestId('outline-capsule').filter({ hasText: title }).locator('.tree-row__duration').innerText();
const boardMinutes = (title: string) => app.page.getByTestId('board-capsule').filter({ hasText: title }).locator('.board-card__minutes').innerText();

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
    await page.getByTestId('board-capsule').filter({ hasText: title }).waitFor();
    const onBoard = await boardMinutes(title);
    await page.getByTestId('nav-outline').click();
    // 8 questions at a minute each become 2: the outline says what the board says.
    await expect.poll(() => outlineMinutes(title)).toBe(onBoard);
    expect(onBoard).not.toBe(before);
    await screenshot(page, 'one-truth-outline-draw');

    await page.getByTestId('outline-capsule').filter({ hasText: title }).locator('.tree-row__title').dblclick();
    await expect.poll(() => page.getByTestId('capsule-estimate').innerText()).toContain(onBoard);
  });
});
