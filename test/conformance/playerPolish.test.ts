import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { player } from '../../shared/i18n/player';
import type { Language, MediaAsset } from '../../shared/model/course';
import { byPosition } from '../../shared/model/byPosition';
import { CourseDocumentSchema, type CourseDocument } from '../../shared/model/courseDocument';
import { idOf } from '../shared/export/exportCourseFixture';
import { axeViolations } from './support/inPlayerFrame';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { loadSampleCourse, writePackageFolders } from './support/writePackageFolders';

// The client's wordmark, as a designer would add it in the framing.
const LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64"><rect width="64" height="64" rx="14" fill="#8a1538"/><path d="M18 44 32 16l14 28z" fill="#f2a541"/><text x="76" y="42" font-family="Arial, sans-serif" font-size="26" font-weight="700" fill="#8a1538">OPTIMAX</text></svg>',
);

/** The whole sample in the client's theme (burgundy and amber, serif type, its logo). */
function themedSample(language: Language): { doc: CourseDocument; logo: MediaAsset } {
  const doc = loadSampleCourse();
  const sha256 = createHash('sha256').update(LOGO).digest('hex');
  const logo: MediaAsset = { id: idOf(901), sha256, fileName: 'optimax.svg', mimeType: 'image/svg+xml', kind: 'image', size: LOGO.length, crc32: crc32(LOGO), durationSeconds: null, width: 240, height: 64, createdAt: '2026-01-01T00:00:00Z' };
  doc.media.push(logo);
  doc.course.language = language;
  doc.course.client = 'OPTIMAX';
  doc.course.theme = { primary: '#8a1538', accent: '#f2a541', font: 'serif', logoMediaId: logo.id };
  return { doc: CourseDocumentSchema.parse(doc), logo };
}

// The catalogue's own strings (French typography applied), with what the cover fills in.
const COVER = {
  fr: { label: player.fr.coverLabel, duration: /^Durée\s:\s\d+ h \d{2}$/, facts: ['4 modules', '19 capsules'], objectives: player.fr.coverObjectives },
  en: { label: player.en.coverLabel, duration: /^Duration: \d+ h \d{2} min$/, facts: ['4 modules', '19 capsules'], objectives: player.en.coverObjectives },
} as const;

describe('player polish: cover, transitions, print sheets, phone to wide screen', () => {
  const chromium = chromiumForThisFile();

  it.each(['fr', 'en'] as const)('%s: the cover opens the course with logo, title, duration and objectives; axe finds nothing on a phone and a wide screen', async (language) => {
    const { doc, logo } = themedSample(language);
    const courseObjectives = [...doc.objectives].filter((objective) => objective.moduleId === null).sort(byPosition).map((objective) => objective.text);
    const { packages, root } = await writePackageFolders(doc, { version: '2004-4th', mode: 'course' }, new Map([[logo.sha256, LOGO]]));
    chromium.removeAfterAll(root);
    const { folder, scoPaths } = packages[0]!;
    for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
      await withTestLms(chromium.browser(), async (lms) => {
        lms.usePackage(folder);
        const frame = await lms.launch('2004', scoPaths[0]!);
        const cover = frame.getByRole('region', { name: COVER[language].label });
        await cover.waitFor();
        expect(await cover.locator('.spoc-cover-title').textContent()).toBe(doc.course.title);
        await expect.poll(() => cover.locator('img.spoc-cover-logo[alt=""]').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
        const facts = await cover.locator('.spoc-cover-facts span').allTextContents();
        expect(facts[0]).toMatch(COVER[language].duration);
        expect(facts.slice(1)).toEqual(COVER[language].facts);
        expect(await cover.getByRole('heading', { level: 2 }).textContent()).toBe(COVER[language].objectives);
        expect(await cover.getByRole('listitem').allTextContents()).toEqual(courseObjectives);
        // Nothing wider than the screen: the page reads without sideways scrolling.
        expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        expect(await axeViolations(frame)).toEqual([]);
        await lms.page.screenshot({ path: `test-output/player-cover-${language}-${viewport.width}.png`, animations: 'disabled' });
        expect(lms.problems.outsideRequests).toEqual([]);
        expect(lms.problems.consoleErrors).toEqual([]);

        // The cover belongs to the first screen only.
        await frame.getByRole('button', { name: language === 'fr' ? 'Suivant →' : 'Next →' }).click();
        await expect.poll(() => cover.count()).toBe(0);
      }, viewport);
    }
    if (language === 'fr') {
      mkdirSync('test-output', { recursive: true });
      copyFileSync('test-output/player-cover-fr-390.png', 'test-output/player-phone.png');
      copyFileSync('test-output/player-cover-fr-1440.png', 'test-output/player-wide.png');
    }
  }, 120_000);

  it.each(['course', 'module-scos'] as const)('phone (390 px) and tablet (768 px) with the client logo, %s: the top bar shows whole titles, nothing scrolls sideways, the menu opens under the bar', async (mode) => {
    const { doc, logo } = themedSample('fr');
    const { packages, root } = await writePackageFolders(doc, { version: '2004-4th', mode }, new Map([[logo.sha256, LOGO]]));
    chromium.removeAfterAll(root);
    const { folder, scoPaths } = packages[0]!;
    for (const viewport of [{ width: 390, height: 844 }, { width: 768, height: 1024 }]) {
      await withTestLms(chromium.browser(), async (lms) => {
        lms.usePackage(folder);
        const frame = await lms.launch('2004', scoPaths[0]!);
        await expect.poll(() => frame.locator('img.spoc-logo').evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
        const titles = frame.locator('.spoc-titles p');
        expect(await titles.first().textContent()).toBe(doc.course.title);
        expect(await titles.count()).toBe(mode === 'course' ? 1 : 2);
        // Neither cut short ("OP…") nor clipped: the whole text fits the box the learner sees.
        for (const title of await titles.all()) {
          expect(await title.evaluate((element) => ({ wide: element.scrollWidth <= element.clientWidth, tall: element.scrollHeight <= element.clientHeight }))).toEqual({ wide: true, tall: true });
        }
        expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await lms.page.screenshot({ path: `test-output/player-topbar-${viewport.width}-${mode}.png`, animations: 'disabled' });

        await frame.getByRole('button', { name: player.fr.menu }).click();
        const barBottom = await frame.locator('.spoc-topbar').evaluate((bar) => bar.getBoundingClientRect().bottom);
        expect(await frame.locator('.spoc-nav').evaluate((nav) => nav.getBoundingClientRect().top)).toBeGreaterThanOrEqual(Math.floor(barBottom));
        expect(await axeViolations(frame)).toEqual([]);
      }, viewport);
    }
  }, 60_000);

  it('a new capsule fades in and a new module slides in, and neither moves under prefers-reduced-motion', async () => {
    const { doc, logo } = themedSample('fr');
    const { packages, root } = await writePackageFolders(doc, { version: '1.2', mode: 'course' }, new Map([[logo.sha256, LOGO]]));
    chromium.removeAfterAll(root);
    const { folder, scoPaths } = packages[0]!;
    const firstModuleSize = doc.capsules.filter((capsule) => capsule.moduleId === [...doc.modules].sort(byPosition)[0]!.id).length;
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      await withTestLms(chromium.browser(), async (lms) => {
        await lms.page.emulateMedia({ reducedMotion });
        lms.usePackage(folder);
        const frame = await lms.launch('1.2', scoPaths[0]!);
        const animation = () => frame.locator('.spoc-capsule').evaluate((article) => getComputedStyle(article).animationName);
        const next = frame.getByRole('button', { name: 'Suivant →' });
        await next.click();
        await expect.poll(() => frame.locator('.spoc-capsule.spoc-enter-capsule').count()).toBe(1);
        expect(await animation()).toBe(reducedMotion === 'reduce' ? 'none' : 'spoc-fade-in');
        for (let step = 1; step < firstModuleSize; step++) await next.click();
        await expect.poll(() => frame.locator('.spoc-capsule.spoc-enter-module').count()).toBe(1);
        expect(await animation()).toBe(reducedMotion === 'reduce' ? 'none' : 'spoc-slide-in');
      });
    }
  }, 60_000);

  it('prints a capsule without the player around it, and its "à retenir" sheet alone with the print button', async () => {
    const { doc, logo } = themedSample('fr');
    const { packages, root } = await writePackageFolders(doc, { version: '2004-4th', mode: 'course' }, new Map([[logo.sha256, LOGO]]));
    chromium.removeAfterAll(root);
    const { folder, scoPaths } = packages[0]!;
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(folder);
      const frame = await lms.launch('2004', scoPaths[0]!);
      await frame.locator('.spoc-nav-item', { hasText: 'préparer son brief' }).click();
      const printButton = frame.getByRole('button', { name: player.fr.printKeyPoints });
      await printButton.waitFor();
      // The capsules without an "à retenir" box have no such button.
      expect(await frame.locator('.spoc-key-points').count()).toBeGreaterThan(0);

      await lms.page.emulateMedia({ media: 'print' });
      const shown = (selector: string) => frame.locator(selector).first().evaluate((element) => getComputedStyle(element).display !== 'none');
      expect(await shown('.spoc-topbar')).toBe(false);
      expect(await shown('.spoc-nav')).toBe(false);
      expect(await shown('.spoc-pager')).toBe(false);
      expect(await shown('.spoc-content > p')).toBe(true);

      // window.print is the browser's; what matters is what the page is when it prints.
      await frame.evaluate(() => {
        (window as unknown as { printedWith: string[] }).printedWith = [];
        window.print = () => (window as unknown as { printedWith: string[] }).printedWith.push(document.body.className);
      });
      await lms.page.emulateMedia({ media: 'screen' });
      await printButton.click();
      await lms.page.emulateMedia({ media: 'print' });
      expect(await frame.evaluate(() => (window as unknown as { printedWith: string[] }).printedWith)).toEqual(['spoc-printing-key-points']);
      expect(await shown('.spoc-content > p')).toBe(false);
      expect(await shown('.spoc-key-points')).toBe(true);
      expect(await shown('#spoc-capsule-title')).toBe(true);
      await lms.page.screenshot({ path: 'test-output/player-key-points-print.png' });
      await frame.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      expect(await shown('.spoc-content > p')).toBe(true);
    });
  }, 60_000);
});
