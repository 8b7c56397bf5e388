import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/model/course';
import type { CourseDocument } from '../../shared/model/courseDocument';
import type { RichTextNode } from '../../shared/model/richText';
import { exportText } from '../../shared/export/exportNotice';
import { paragraph } from '../shared/export/exportCourseFixture';
import { compactSampleWithFirstCapsule } from './support/compactSample';
import { axeViolations, isFocused, tabTo } from './support/inPlayerFrame';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const panel = (title: string, text: string): RichTextNode => ({ type: 'panel', attrs: { title }, content: [paragraph(text)] });
const hotspot = (title: string, x: number, y: number, text: string): RichTextNode => ({ type: 'hotspot', attrs: { title, x, y }, content: [paragraph(text)] });

/** The compact sample whose first capsule opens on flashcards, a process, a timeline and a labeled graphic. */
function courseWithBlocks(language: Language): CourseDocument {
  return compactSampleWithFirstCapsule(language, (doc, own) => [
    { type: 'flashcards', content: [panel('Écoute active', 'Reformuler ce que dit l’autre.'), panel('Feedback', 'Un fait, un effet, une attente.')] },
    { type: 'process', content: [panel('Préparer', 'Trois chiffres.'), panel('Mener', 'Cinq minutes debout.'), panel('Conclure', 'Une action par personne.')] },
    { type: 'timeline', content: [panel('Semaine 1', 'Le rôle du manager.'), panel('Semaine 2', 'Communiquer.')] },
    {
      type: 'labeledGraphic',
      attrs: { mediaId: doc.media.find((asset) => asset.kind === 'image')!.id, alt: 'Les cinq temps du brief' },
      content: [hotspot('Accueil', 10, 50, 'On se dit bonjour.'), hotspot('Chiffres', 60, 40, 'Les trois chiffres du jour.')],
    },
    ...own,
  ]);
}

const TEXT = {
  fr: { step2: 'Étape 2 sur 3 Mener', step3: 'Étape 3 sur 3 Conclure' },
  en: { step2: 'Step 2 of 3 Mener', step3: 'Step 3 of 3 Conclure' },
};

describe('flashcards, process, timeline and labeled graphic in the strict runtime, with the keyboard alone', () => {
  const chromium = chromiumForThisFile();

  it.each(['fr', 'en'] as const)('%s: cards flip and are read, steps move and say where, hotspots open one at a time, axe finds nothing', async (language) => {
    const { packages, root } = await writePackageFolders(courseWithBlocks(language), { version: '1.2', mode: 'course' });
    chromium.removeAfterAll(root);
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      const frame = await lms.launch('1.2', packages[0]!.scoPaths[0]!);
      const { page } = lms;
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const card = '.spoc-card-front >> nth=1';
      await frame.locator(card).waitFor();
      expect(await axeViolations(frame)).toEqual([]);

      // Flashcards: Enter flips the card, its back is shown and said; Space turns it back.
      await tabTo(page, frame, card);
      const back = frame.locator(`#${await frame.locator(card).getAttribute('aria-controls')}`);
      expect(await back.isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      await expect.poll(() => back.innerText()).toBe('Un fait, un effet, une attente.');
      expect(await frame.locator(card).getAttribute('aria-expanded')).toBe('true');
      expect(await frame.locator('.spoc-flashcards [role="status"]').textContent()).toBe(`${exportText(language, 'cardBack')}Un fait, un effet, une attente.`);
      // Reduced motion: the card turns without its animation.
      expect(await frame.locator('.spoc-card.is-flipped').evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
      await page.keyboard.press('Space');
      await expect.poll(() => back.isVisible()).toBe(false);

      // Process: Next shows the following step alone and says which; Previous is unavailable on the first.
      const steps = frame.locator('.spoc-process li');
      const visibleSteps = () => steps.evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.querySelector('.spoc-panel-title')!.textContent));
      expect(await frame.locator('[data-spoc-step="-1"]').getAttribute('aria-disabled')).toBe('true');
      await tabTo(page, frame, '[data-spoc-step="1"]');
      await page.keyboard.press('Enter');
      await expect.poll(visibleSteps).toEqual([TEXT[language].step2]);
      expect(await frame.locator('.spoc-process [role="status"]').textContent()).toBe(TEXT[language].step2);
      await page.keyboard.press('Enter');
      await expect.poll(visibleSteps).toEqual([TEXT[language].step3]);
      expect(await frame.locator('[data-spoc-step="1"]').getAttribute('aria-disabled')).toBe('true');
      // At the end Next stays focused and does nothing.
      await page.keyboard.press('Enter');
      expect(await visibleSteps()).toEqual([TEXT[language].step3]);
      expect(await isFocused(frame, '[data-spoc-step="1"]')).toBe(true);

      // Timeline: every event, in order, under its date.
      expect(await frame.locator('.spoc-timeline .spoc-panel-title').allInnerTexts()).toEqual(['Semaine 1', 'Semaine 2']);

      // Labeled graphic: the picture keeps its alternative text; hotspots open their text one at a time.
      expect(await frame.locator('.spoc-graphic img').getAttribute('alt')).toBe('Les cinq temps du brief');
      const first = frame.locator('.spoc-hotspot >> nth=0');
      const second = frame.locator('.spoc-hotspot >> nth=1');
      expect(await second.getAttribute('aria-label')).toBe('2. Chiffres');
      await tabTo(page, frame, '.spoc-hotspot >> nth=0');
      await page.keyboard.press('Enter');
      const regionOf = async (button: typeof first) => frame.locator(`#${await button.getAttribute('aria-controls')}`);
      await expect.poll(async () => (await regionOf(first)).innerText()).toMatch(/^1\. Accueil\s+On se dit bonjour\.$/);
      await page.keyboard.press('Tab');
      expect(await isFocused(frame, '.spoc-hotspot >> nth=1')).toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(async () => (await regionOf(second)).isVisible()).toBe(true);
      expect(await (await regionOf(first)).isVisible()).toBe(false);
      expect(await first.getAttribute('aria-expanded')).toBe('false');
      // Each hotspot sits where the designer put it.
      const stage = (await frame.locator('.spoc-graphic-stage').boundingBox())!;
      const spot = (await second.boundingBox())!;
      expect(Math.abs(spot.x + spot.width / 2 - (stage.x + stage.width * 0.6))).toBeLessThan(2);

      expect(await axeViolations(frame)).toEqual([]);
      await page.screenshot({ path: `test-output/player-blocks-${language}.png`, fullPage: true });
      expect(lms.problems.consoleErrors).toEqual([]);
      expect(lms.problems.outsideRequests).toEqual([]);
    });
  }, 60_000);
});
