import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';
import { fr } from './support/frenchText';
import { waitUntilSaved } from './support/saveStatus';

const app = launchAppForEachTest();

const weeks = () => app.page.getByTestId('board-week');
const week = (number: number) => weeks().nth(number - 1);
const cardsIn = (number: number) => week(number).getByTestId('board-capsule');
const workloadOf = async (number: number) => Number(await week(number).getByTestId('week-workload').getAttribute('data-minutes'));

/** Drags a card with the mouse, as a user does, sideways onto a week's column (columns share their height). */
async function dragOnto(card: Locator, weekNumber: number): Promise<void> {
  await card.scrollIntoViewIfNeeded();
  const from = await card.boundingBox();
  const to = await week(weekNumber).boundingBox();
  if (!from || !to) throw new Error('the board is not laid out');
  await app.page.mouse.move(from.x + from.width / 2, from.y + 12);
  await app.page.mouse.down();
  await app.page.mouse.move(to.x + to.width / 2, from.y + 12, { steps: 12 });
  await app.page.mouse.up();
}

async function openBoard(): Promise<void> {
  await app.page.getByTestId('nav-pacing').click();
  await weeks().first().waitFor();
  await expect.poll(() => weeks().count()).toBe(4);
}

describe('pacing board of the sample course', () => {
  it('moves capsules between weeks by drag and drop and by keyboard, the workloads follow and the moves are saved', async () => {
    const { page } = app;
    await openBoard();
    await screenshot(page, 'pacing-board');
    const before = [await workloadOf(1), await workloadOf(2), await workloadOf(3), await workloadOf(4)];
    expect(before.every((minutes) => minutes > 0)).toBe(true);
    await expect.poll(() => week(1).getByTestId('week-workload').innerText()).toMatch(/\/ 2 h/);

    // Drag the first capsule of week 1 onto week 2 with the mouse.
    const dragged = cardsIn(1).first();
    const draggedTitle = await dragged.locator('.board-card__title').innerText();
    await dragOnto(dragged, 2);
    await cardsIn(2).filter({ hasText: draggedTitle }).waitFor();
    await expect.poll(() => cardsIn(2).filter({ hasText: draggedTitle }).count()).toBe(1);
    expect(await cardsIn(1).filter({ hasText: draggedTitle }).count()).toBe(0);
    const afterDrag = [await workloadOf(1), await workloadOf(2)];
    expect(afterDrag[0]).toBeLessThan(before[0]!);
    expect(afterDrag[1]).toBeGreaterThan(before[1]!);
    expect(afterDrag[0]! + afterDrag[1]!).toBeCloseTo(before[0]! + before[1]!, 1);
    await expect.poll(() => cardsIn(2).filter({ hasText: draggedTitle }).innerText()).toContain('déplacée (module en semaine 1)');

    // Move the last capsule of week 3 to week 4 with Alt+→; it keeps the focus in its new column.
    const keyed = cardsIn(3).last();
    const keyedTitle = await keyed.locator('.board-card__title').innerText();
    await keyed.getByRole('button', { name: keyedTitle }).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await cardsIn(4).filter({ hasText: keyedTitle }).waitFor();
    await expect.poll(() => cardsIn(4).filter({ hasText: keyedTitle }).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('.board-card__title')?.textContent)).toBe(keyedTitle);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-keyshortcuts'))).toBe('Alt+ArrowLeft Alt+ArrowRight');
    expect(await workloadOf(3)).toBeLessThan(before[2]!);
    expect(await workloadOf(4)).toBeGreaterThan(before[3]!);
    await waitUntilSaved(page);

    await page.reload();
    await openBoard();
    expect(await cardsIn(2).filter({ hasText: draggedTitle }).count()).toBe(1);
    expect(await cardsIn(4).filter({ hasText: keyedTitle }).count()).toBe(1);
    expect(await workloadOf(2)).toBe(afterDrag[1]);

    // The week select is the other keyboard way; "back to its module's week" undoes a move.
    await cardsIn(2).filter({ hasText: draggedTitle }).getByRole('button', { name: 'Remettre dans la semaine de son module' }).click();
    await cardsIn(1).filter({ hasText: draggedTitle }).waitFor();
    await expect.poll(() => cardsIn(1).filter({ hasText: draggedTitle }).count()).toBe(1);
    expect(await workloadOf(1)).toBe(before[0]);
  }, 60_000);

  it('opens a module a week later with Alt+→, and its capsules follow it', async () => {
    const { page } = app;
    await openBoard();
    const module = week(1).getByTestId('board-module');
    await expect.poll(() => module.innerText()).toContain('Le rôle du manager');
    const capsulesOfWeek1 = await cardsIn(1).count();
    const capsulesOfWeek2 = await cardsIn(2).count();
    await module.focus();
    await page.keyboard.press('Alt+ArrowRight');
    await week(2).getByTestId('board-module').nth(1).waitFor();
    await expect.poll(() => week(2).getByTestId('board-module').count()).toBe(2);
    expect(await cardsIn(1).count()).toBe(0);
    expect(await cardsIn(2).count()).toBe(capsulesOfWeek1 + capsulesOfWeek2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('Le rôle du manager');
    expect(await week(1).getByText('Rien de prévu cette semaine.').isVisible()).toBe(true);
  }, 60_000);

  it('edits a week plan and adds a live session from the board', async () => {
    const { page } = app;
    await openBoard();
    await week(2).getByRole('button', { name: /Semaine 2/ }).click();
    const panel = page.getByTestId('week-properties');
    await panel.getByLabel('Thème').fill('Communiquer sans se perdre');
    await panel.getByLabel('Thème').press('Enter');
    await week(2).locator('.week__theme').filter({ hasText: 'Communiquer sans se perdre' }).waitFor();
    await expect.poll(() => week(2).locator('.week__theme').innerText()).toBe('Communiquer sans se perdre');

    const sessionsBefore = await week(2).getByTestId('board-live-session').count();
    const minutesBefore = await workloadOf(2);
    await week(2).getByRole('button', { name: 'Ajouter un temps synchrone' }).click();
    await week(2).getByTestId('board-live-session').nth(sessionsBefore).waitFor();
    await expect.poll(() => week(2).getByTestId('board-live-session').count()).toBe(sessionsBefore + 1);
    expect(await workloadOf(2)).toBe(minutesBefore + 60);
    const session = page.getByTestId('live-session-properties');
    await session.getByLabel('Type').selectOption('group-work');
    await session.getByLabel('Durée (min)').fill('90');
    await session.getByLabel('Durée (min)').press('Enter');
    await week(2).locator(`[data-testid="week-workload"][data-minutes="${minutesBefore + 90}"]`).waitFor();
    await expect.poll(() => workloadOf(2)).toBe(minutesBefore + 90);
    await expect.poll(() => week(2).getByTestId('board-live-session').last().innerText()).toContain('Travail de groupe');
    await screenshot(page, 'pacing-live-session');

    // Live sessions are dragged between weeks like capsules.
    const week3Before = await workloadOf(3);
    await dragOnto(week(2).getByTestId('board-live-session').last(), 3);
    await week(3).locator(`[data-testid="week-workload"][data-minutes="${week3Before + 90}"]`).waitFor();
    await expect.poll(() => workloadOf(3)).toBe(week3Before + 90);
    expect(await workloadOf(2)).toBe(minutesBefore);
  }, 60_000);
});

describe('cohorts', () => {
  it('adds a cohort, shows its real dates and exports a calendar that an independent parser reads back', async () => {
    const { page } = app;
    await page.getByTestId('nav-cohorts').click();
    await page.getByTestId('cohort-item').first().waitFor();
    await expect.poll(() => page.getByTestId('cohort-item').count()).toBe(1);
    await page.getByRole('button', { name: 'Ajouter une cohorte' }).click();
    await page.getByTestId('cohort-item').nth(1).waitFor();
    await expect.poll(() => page.getByTestId('cohort-item').count()).toBe(2);
    const details = page.getByTestId('cohort-details');
    await details.getByLabel('Nom', { exact: true }).fill('Cohorte mars 2027');
    await details.getByLabel('Nom', { exact: true }).press('Enter');
    await details.getByLabel('Date de démarrage').fill('2027-03-15');
    await details.getByLabel('Date de démarrage').press('Enter');
    await details.getByLabel('Nombre d’apprenants').fill('12');
    await details.getByLabel('Nombre d’apprenants').press('Enter');
    // Easter Monday 2027 falls on week 3's opening day.
    await details.getByLabel(/Jours fériés/).fill('2027-13-01');
    await details.getByLabel('Nom', { exact: true }).focus();
    await expect.poll(() => details.getByRole('alert').innerText()).toBe(fr('« 2027-13-01 » n’est pas une date du calendrier : tapez un jour férié par ligne (jj/mm/aaaa), par exemple 05/12/2026.'));
    await details.getByLabel(/Jours fériés/).fill('29/03/2027');
    await details.getByLabel('Nom', { exact: true }).focus();
    await expect.poll(() => page.getByTestId('cohort-item').nth(1).innerText()).toContain('Cohorte mars 2027');
    await expect.poll(() => page.getByTestId('cohort-weeks').locator('tbody tr').nth(2).innerText()).toContain('mar. 30 mars');
    await expect.poll(() => page.getByTestId('cohort-weeks').locator('tbody tr').nth(2).innerText()).toContain('décalé par les congés');
    await expect.poll(() => page.getByTestId('cohort-sessions').innerText()).toContain('13:30–14:30');
    const summary = page.getByTestId('cohort-properties');
    await expect.poll(() => summary.getByRole('heading', { level: 2 }).innerText()).toBe('Cohorte mars 2027');
    // One 30-minute coaching slot per learner: twelve to organise.
    await expect.poll(() => summary.innerText()).toContain('12 séances');
    await screenshot(page, 'cohorts');

    const downloading = page.waitForEvent('download');
    await details.getByRole('button', { name: 'Exporter le calendrier (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/Cohorte mars 2027\.ics$/);
    const ics = await readFile(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const deadlines = events.filter((event) => event.startDate.isDate).map((event) => event.startDate.toString());
    expect(deadlines).toEqual(['2027-03-19', '2027-03-26', '2027-04-01', '2027-04-09']);
    const sessions = events.filter((event) => !event.startDate.isDate).map((event) => [event.summary, event.startDate.toJSDate().toISOString()]);
    // Summer time began on 28 March: 13:30 in Paris is 11:30 UTC on 1 April.
    expect(sessions).toEqual([
      [expect.stringContaining('Classe virtuelle'), '2027-04-01T11:30:00.000Z'],
      [expect.stringContaining('Coaching individuel'), '2027-04-06T08:00:00.000Z'],
    ]);
    await expect.poll(() => details.getByRole('status').innerText()).toMatch(/^Téléchargement lancé/);

    const programmeDownload = page.waitForEvent('download');
    await details.getByRole('button', { name: 'Exporter le programme (HTML)' }).click();
    const programme = await readFile(await (await programmeDownload).path(), 'utf8');
    expect(programme).toContain('Programme de la formation');
    expect(programme).toContain('Cohorte mars 2027');
    expect(programme).toMatch(/mardi 30 mars 2027/);
  }, 60_000);
});

describe('tutor time', () => {
  it('is set in the framing, adjusted for one week on the board, and reaches the cohort’s calendar and programme', async () => {
    const { page } = app;
    await page.getByTestId('nav-framing').click();
    const framingField = page.getByLabel('Tutorat par semaine (min)');
    await framingField.fill('60');
    await framingField.blur();
    await expect.poll(() => page.locator('.framing').innerText()).toContain('1 h par semaine. Ajustable semaine par semaine');

    await openBoard();
    const tutorOf = (number: number) => week(number).getByTestId('week-tutor');
    for (const number of [1, 2, 3, 4]) await expect.poll(() => tutorOf(number).innerText()).toMatch(/^Tutorat\s:\s1 h$/);
    await week(3).getByRole('button', { name: /Semaine 3/ }).click();
    const field = page.getByTestId('week-properties').getByLabel('Temps de tutorat (min)');
    expect(await field.getAttribute('placeholder')).toBe('60 (cadrage)');
    await field.fill('-3');
    await field.press('Enter');
    await expect.poll(() => page.getByTestId('week-properties').getByRole('alert').innerText()).toContain('nombre entier de minutes');
    await field.fill('90');
    await field.press('Enter');
    await tutorOf(3).filter({ hasText: '1 h 30' }).waitFor();
    await expect.poll(() => tutorOf(3).innerText()).toMatch(/^Tutorat\s:\s1 h 30$/);
    expect(await tutorOf(3).getAttribute('class')).toContain('week__tutor--own');
    expect(await tutorOf(2).innerText()).toMatch(/1 h$/);
    await screenshot(page, 'pacing-tutor-time');

    await page.getByTestId('nav-cohorts').click();
    const details = page.getByTestId('cohort-details');
    const calendarDownload = page.waitForEvent('download');
    await details.getByRole('button', { name: 'Exporter le calendrier (.ics)' }).click();
    const ics = await readFile(await (await calendarDownload).path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const tutor = events.filter((event) => event.uid.startsWith('tutor-week-')).map((event) => event.summary.replace(/^.* · /, ''));
    expect(tutor).toEqual(['Semaine 1\u202f: tutorat (1 h)', 'Semaine 2\u202f: tutorat (1 h)', 'Semaine 3\u202f: tutorat (1 h 30)', 'Semaine 4\u202f: tutorat (1 h)']);

    const programmeDownload = page.waitForEvent('download');
    await details.getByRole('button', { name: 'Exporter le programme (HTML)' }).click();
    const programme = await readFile(await (await programmeDownload).path(), 'utf8');
    expect([...programme.matchAll(/<span class="tutor">([^<]*)<\/span>/g)].map((match) => match[1])).toEqual([
      'Tutorat\u202f: 1 h',
      'Tutorat\u202f: 1 h',
      'Tutorat\u202f: 1 h 30',
      'Tutorat\u202f: 1 h',
    ]);

    // Emptying the week's field gives it the framing's time again.
    await openBoard();
    await week(3).getByRole('button', { name: /Semaine 3/ }).click();
    await field.fill('');
    await field.press('Enter');
    await tutorOf(3).filter({ hasText: /\s1 h$/ }).waitFor();
    await expect.poll(() => tutorOf(3).innerText()).toMatch(/^Tutorat\s:\s1 h$/);
  }, 60_000);
});

describe('checks', () => {
  it('recomputes the findings as the course changes, jumps to the week or capsule concerned, and applies new thresholds', async () => {
    const { page } = app;
    const findings = page.getByTestId('finding');
    const checksCount = page.getByTestId('checks-count');
    await page.getByTestId('nav-checks').click();
    await page.getByRole('heading', { name: 'Vérifications pédagogiques' }).waitFor();
    expect(await page.getByText('Aucun point à signaler : bravo.').isVisible()).toBe(true);
    expect(await checksCount.count()).toBe(0);

    // A one-hour class in week 3 (1 h 32 already) puts it past its 2-hour budget: the nav count follows at once.
    await openBoard();
    await week(3).getByRole('button', { name: 'Ajouter un temps synchrone' }).click();
    await expect.poll(() => checksCount.innerText()).toContain('1');

    await page.getByTestId('nav-checks').click();
    await findings.first().waitFor();
    await expect.poll(() => findings.count()).toBe(1);
    await expect.poll(() => findings.first().innerText()).toContain('Avertissement');
    await expect.poll(() => findings.first().innerText()).toMatch(/Semaine 3\s: 152(,\d)? min de travail pour un budget de 120 min/);
    await findings.first().getByRole('button', { name: 'Aller à l’élément' }).click();
    await page.getByTestId('week-properties').getByRole('heading', { name: 'Semaine 3' }).waitFor();
    expect(await week(3).getAttribute('class')).toContain('week--selected');

    // Capsules over 5 minutes become findings once the threshold is lowered.
    await page.getByTestId('nav-checks').click();
    await page.getByLabel('Durée maximale d’une capsule (min)').fill('5');
    await page.getByRole('button', { name: 'Enregistrer les seuils' }).click();
    await page.locator('[data-testid="finding"][data-check="capsule-too-long"]').nth(1).waitFor();
    await expect.poll(() => page.locator('[data-testid="finding"][data-check="capsule-too-long"]').count()).toBeGreaterThan(1);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Seuils enregistrés.' }).count()).toBe(1);
    await screenshot(page, 'checks');
    const longCapsule = page.locator('[data-testid="finding"][data-check="capsule-too-long"]').first();
    const title = /«\s(.+)\s» dure/.exec(await longCapsule.innerText())?.[1];
    await longCapsule.getByRole('button', { name: 'Aller à l’élément' }).click();
    const selectedRow = page.locator('[data-testid="outline-tree"] [role="row"][aria-selected="true"]');
    await expect.poll(() => selectedRow.locator('.tree-row__title').innerText()).toBe(title);
    await expect.poll(() => page.getByRole('complementary', { name: 'Propriétés' }).getByRole('heading').innerText()).toBe(title);

    await page.reload();
    await page.getByTestId('nav-checks').click();
    expect(await page.getByLabel('Durée maximale d’une capsule (min)').inputValue()).toBe('5');
  }, 60_000);
});
