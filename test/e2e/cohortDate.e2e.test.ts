import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';

const app = launchAppForEachTest();

describe('cohort start date', () => {
  it('says at the field that 30 February does not exist, and keeps the saved date', async () => {
    const { page } = app;
    await page.getByTestId('nav-cohorts').click();
    const details = page.getByTestId('cohort-details');
    const start = details.getByLabel('Date de démarrage');
    await start.waitFor();
    const saved = await start.inputValue();
    // This Chromium lays date fields out month, day, year.
    await start.focus();
    await start.pressSequentially('02302027');
    await start.press('Enter');
    await expect.poll(() => details.getByRole('alert').innerText()).toContain('Cette date n’existe pas');
    expect(await start.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('cohort-item').first().innerText()).toContain(saved.slice(0, 4));

    await start.blur();
    await start.focus();
    await start.pressSequentially('02282027');
    await start.press('Enter');
    await expect.poll(() => details.getByRole('alert').count()).toBe(0);
    await expect.poll(() => start.inputValue()).toBe('2027-02-28');
  }, 60_000);

  it('says at the framing field that 30 February does not exist, and keeps the course’s start date', async () => {
    const { page } = app;
    await page.getByTestId('nav-framing').click();
    const start = page.getByRole('main').getByLabel('Date de démarrage', { exact: true });
    await start.waitFor();
    const saved = await start.inputValue();
    expect(saved).not.toBe('');
    // This Chromium lays date fields out month, day, year.
    await start.focus();
    await start.pressSequentially('02302027');
    await start.blur();
    await expect.poll(() => page.getByTestId('framing-startDate').innerText()).toContain('Entrez une date qui existe');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toBe('✓ Enregistré');
    await page.reload();
    await page.getByTestId('nav-framing').click();
    await expect.poll(() => page.getByRole('main').getByLabel('Date de démarrage', { exact: true }).inputValue()).toBe(saved);
  }, 60_000);
});
