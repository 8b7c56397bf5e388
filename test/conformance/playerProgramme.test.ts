import { rmSync } from 'node:fs';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf } from '../shared/export/exportCourseFixture';
import { addLiveSession, buildCohort } from '../shared/pacing/buildTestCourse';
import { compactSample } from './support/compactSample';
import { launchChromium, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const HOSTILE_NAME = '<img src=x onerror="window.pwned=1"> Printemps';

/** Opens the programme from the menu with the keyboard, as a learner without a mouse does. */
async function openProgramme(frame: Frame): Promise<void> {
  const entry = frame.getByRole('button', { name: /^(Programme)$/ });
  await entry.focus();
  await entry.press('Enter');
  await frame.waitForSelector('#spoc-programme-title');
}

describe('the player shows the cohort’s programme and the current week', () => {
  let browser: Browser;
  let root = '';
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('lists the weeks with real dates, marks the current one, and says when the course starts', async () => {
    const doc = compactSample();
    addLiveSession(doc, { week: 2, dayOffset: 0, title: 'Classe <b>virtuelle</b>', startTime: '14:00' });
    const cohort = buildCohort({ id: idOf(600), name: HOSTILE_NAME, startDate: '2026-03-30', holidays: ['2026-04-06'] });
    doc.cohorts.push(cohort);
    doc.course.tutorMinutesPerWeek = 60;
    doc.weeks.find((week) => week.week === 2)!.tutorMinutes = 90;
    const written = await writePackageFolders(doc, { version: '2004-4th', mode: 'course', programmeCohortId: cohort.id });
    root = written.root;

    await withTestLms(browser, async (lms) => {
      lms.usePackage(written.packages[0]!.folder);
      await lms.page.clock.setFixedTime(new Date(2026, 3, 8, 10, 0));
      let frame = await lms.launch('2004', written.packages[0]!.scoPaths[0]!);
      await openProgramme(frame);
      const current = frame.locator('.spoc-programme-week[aria-current="date"]');
      await expect.poll(() => current.count()).toBe(1);
      const currentText = await current.innerText();
      const language = doc.course.language;
      expect(currentText).toContain(language === 'fr' ? 'Semaine 2' : 'Week 2');
      // Easter Monday off: week 2 opens on Tuesday 7 April; the class moves with it.
      expect(currentText).toMatch(language === 'fr' ? /mardi 7 avril 2026/ : /Tuesday 7 April 2026/);
      expect(currentText).toContain('Classe <b>virtuelle</b>');
      expect(currentText).toContain('14:00');
      expect(currentText).toContain(language === 'fr' ? 'tutorat\u202f: 1 h 30' : 'tutor time: 1 h 30');
      expect(await frame.locator('.spoc-programme-week').first().innerText()).toContain(language === 'fr' ? 'tutorat\u202f: 1 h' : 'tutor time: 1 h');
      expect(await frame.locator('.spoc-programme').innerText()).toContain(HOSTILE_NAME);
      expect(await frame.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
      expect(await frame.locator('.spoc-programme-status').count()).toBe(0);
      await lms.page.screenshot({ path: 'test-output/player-programme.png' });
      await lms.close();

      await lms.page.clock.setFixedTime(new Date(2026, 2, 1, 10, 0));
      frame = await lms.launch('2004', written.packages[0]!.scoPaths[0]!);
      await openProgramme(frame);
      expect(await frame.locator('.spoc-programme-status').innerText()).toMatch(language === 'fr' ? /commence le lundi 30 mars 2026/ : /starts on Monday 30 March 2026/);
      expect(await frame.locator('.spoc-programme-week').first().getAttribute('aria-current')).toBe('date');
      expect(lms.problems.consoleErrors).toEqual([]);
    });
  }, 60_000);

  it.each([
    ['fr', 'Cohorte janvier 2027', 'Cohorte janvier 2027', 'janvier 2027', 'Cohorte janvier 2027'],
    ['en', 'Cohort January 2027', 'Cohort January 2027', 'January 2027', 'Cohort January 2027'],
  ] as const)('in %s, names the cohort once, whether or not its name begins with the label', async (language, named, shownNamed, bare, shownBare) => {
    for (const [name, shown] of [
      [named, shownNamed],
      [bare, shownBare],
    ]) {
      const doc = compactSample();
      doc.course.language = language;
      const cohort = buildCohort({ id: idOf(601), name, startDate: '2026-03-30' });
      doc.cohorts.push(cohort);
      const written = await writePackageFolders(doc, { version: '1.2', mode: 'course', programmeCohortId: cohort.id });
      try {
        await withTestLms(browser, async (lms) => {
          lms.usePackage(written.packages[0]!.folder);
          const frame = await lms.launch('1.2', written.packages[0]!.scoPaths[0]!);
          await openProgramme(frame);
          await expect.poll(() => frame.locator('.spoc-programme .spoc-eyebrow').innerText()).toBe(shown);
        });
      } finally {
        rmSync(written.root, { recursive: true, force: true });
      }
    }
  }, 60_000);
});
