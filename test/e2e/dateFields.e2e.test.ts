import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeReport } from './support/axe';
import { fr } from './support/frenchText';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

/**
 * Dates and times are typed and shown in the app language's format on an American system, whose own
 * date and time inputs would show 03/01/2027 and 09:45 AM: the French app must not, nor the English one.
 */
const LANGUAGES = {
  fr: {
    switchTo: 'FR',
    cohortStart: 'Date de démarrage',
    sessionStart: 'Heure de début',
    deadline: 'Date limite',
    typedTime: '9h45',
    shortStart: 'lun. 1 mars',
    longDeadline: /à rendre le samedi 5 décembre 2026/,
    impossibleDate: fr('Le 30/02/2027 n’existe pas dans le calendrier : corrigez le jour ou le mois (jj/mm/aaaa), par exemple 05/12/2026.'),
    unreadableDate: fr('« demain » n’est pas une date : tapez le jour, le mois puis l’année (jj/mm/aaaa), par exemple 05/12/2026.'),
    impossibleTime: fr('25h n’existe pas sur une horloge de 24 heures : tapez une heure de 00:00 à 23:59, par exemple 14:30.'),
    format: 'jj/mm/aaaa',
  },
  en: {
    switchTo: 'EN',
    cohortStart: 'Start date',
    sessionStart: 'Start time',
    deadline: 'Deadline',
    typedTime: '9:45 am',
    shortStart: 'Mon 1 Mar',
    longDeadline: /due on Saturday,? 5 December 2026/,
    impossibleDate: '30/02/2027 is not in the calendar: correct the day or the month (dd/mm/yyyy), for example 05/12/2026.',
    unreadableDate: '"demain" is not a date: type the day, the month, then the year (dd/mm/yyyy), for example 05/12/2026.',
    impossibleTime: '25h is not on the clock: type a time from 00:00 to 23:59, for example 14:30.',
    format: 'dd/mm/yyyy',
  },
} as const;

/** The message the field points at with aria-describedby, once aria-invalid is set: what a screen reader reads with it. */
async function describedProblem(page: Page, field: Locator): Promise<string | null> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return null;
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"][role="alert"]`).allInnerTexts()));
  return texts.flat().join(' ') || null;
}

async function typeAndEnter(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Enter');
}

describe.each(['fr', 'en'] as const)('date and time fields in %s on an en-US system', (language) => {
  const words = LANGUAGES[language];
  const app = launchAppForEachTest({ locale: 'en-US' });

  it('take the language’s format, store it, show it back after a reload and in the schedule, and say what is wrong', async () => {
    const { page } = app;
    await page.getByRole('button', { name: words.switchTo, exact: true }).click();

    // The cohort's start, typed loosely, is shown back in full and in the cohort's schedule.
    await page.getByTestId('nav-cohorts').click();
    const details = page.getByTestId('cohort-details');
    const start = details.getByLabel(words.cohortStart);
    await expect.poll(() => start.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await typeAndEnter(start, '1/3/27');
    await expect.poll(() => start.inputValue()).toBe('01/03/2027');
    await expect.poll(() => page.getByTestId('cohort-properties').innerText()).toContain(words.shortStart);
    expect(await page.getByTestId('cohort-details').getByText(words.format, { exact: true }).first().isVisible()).toBe(true);

    await typeAndEnter(start, '30/02/2027');
    await expect.poll(() => describedProblem(page, start)).toBe(words.impossibleDate);
    await typeAndEnter(start, 'demain');
    await expect.poll(() => describedProblem(page, start)).toBe(words.unreadableDate);
    expect(await axeReport(`cohort with a date error (${language})`, page)).toBe('');
    await screenshot(page, `date-field-cohort-${language}`);
    await start.press('Escape');
    await expect.poll(() => start.inputValue()).toBe('01/03/2027');
    expect(await describedProblem(page, start)).toBeNull();
    await expect.poll(() => page.getByTestId('cohort-properties').innerText()).toContain(words.shortStart);

    // A live session's start, typed the language's way, is shown on the 24-hour clock on the board.
    await page.getByTestId('nav-pacing').click();
    const card = page.getByTestId('board-live-session').first();
    await card.click();
    const panel = page.getByTestId('live-session-properties');
    const time = panel.getByLabel(words.sessionStart);
    await typeAndEnter(time, words.typedTime);
    await expect.poll(() => time.inputValue()).toBe('09:45');
    await expect.poll(() => card.innerText()).toContain('09:45');
    await typeAndEnter(time, '25h');
    await expect.poll(() => describedProblem(page, time)).toBe(words.impossibleTime);
    expect(await axeReport(`live session with a time error (${language})`, page)).toBe('');
    await screenshot(page, `time-field-live-session-${language}`);
    await time.press('Escape');

    // A review round's deadline reaches the round in words, also when Enter in the field starts it.
    await page.getByTestId('nav-review').click();
    await page.getByLabel(words.deadline).fill('5/12/2026');
    await page.getByLabel(words.deadline).press('Enter');
    await page.getByTestId('review-round').first().filter({ hasText: words.longDeadline }).waitFor();
    await expect.poll(() => page.getByTestId('review-round').first().innerText()).toMatch(words.longDeadline);

    // Stored: a reload shows both again, and the cohort's sessions and programme use them.
    await page.reload();
    await page.getByTestId('nav-cohorts').click();
    await page.getByTestId('cohort-details').waitFor();
    await expect.poll(() => page.getByTestId('cohort-details').getByLabel(words.cohortStart).inputValue()).toBe('01/03/2027');
    await expect.poll(() => page.getByTestId('cohort-sessions').innerText()).toMatch(/09:45–10:45/);
    const programmeDownload = page.waitForEvent('download');
    await page.getByTestId('cohort-details').getByRole('button', { name: /\(HTML\)/ }).click();
    const programme = await readFile(await (await programmeDownload).path(), 'utf8');
    expect(programme).toContain('09:45');
    await page.getByTestId('nav-pacing').click();
    await page.getByTestId('board-live-session').first().click();
    await expect.poll(() => page.getByTestId('live-session-properties').getByLabel(words.sessionStart).inputValue()).toBe('09:45');
  }, 90_000);

  it('let the course’s start date be typed, emptied and refused at the framing, saved when the field is left', async () => {
    const { page } = app;
    await page.getByRole('button', { name: words.switchTo, exact: true }).click();
    await page.getByTestId('nav-framing').click();
    const start = () => page.getByRole('main').getByLabel(words.cohortStart, { exact: true });
    await start().fill('11.1.2027');
    await start().blur();
    await expect.poll(() => start().inputValue()).toBe('11/01/2027');
    await start().fill('30/02/2027');
    await start().blur();
    await expect.poll(() => describedProblem(page, start())).toBe(words.impossibleDate);
    expect(await axeReport(`framing with a date error (${language})`, page)).toBe('');
    await start().evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, `date-field-framing-${language}`);
    await page.reload();
    await page.getByTestId('nav-framing').click();
    await start().waitFor();
    await expect.poll(() => start().inputValue()).toBe('11/01/2027');
    await start().fill('');
    await start().blur();
    // Saved before the reload (the page starts "idle" after one, so "saved" is this save's).
    await page.getByTestId('save-status').and(page.locator('.save-indicator--saved')).waitFor();
    await page.reload();
    await page.getByTestId('nav-framing').click();
    await start().waitFor();
    await expect.poll(() => start().inputValue()).toBe('');
  }, 60_000);
});
