import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/model/course';
import type { CourseDocument } from '../../shared/model/courseDocument';
import type { RichTextNode } from '../../shared/model/richText';
import { paragraph } from '../shared/export/exportCourseFixture';
import { compactSampleWithFirstCapsule } from './support/compactSample';
import { axeViolations, isFocused, tabTo } from './support/inPlayerFrame';
import { chromiumForThisFile, withTestLms } from './support/testLms';
import { writePackageFolders } from './support/writePackageFolders';

const panel = (title: string, text: string): RichTextNode => ({ type: 'panel', attrs: { title }, content: [paragraph(text)] });

/** The compact sample whose first capsule opens on an accordion and tabs. */
function courseWithPanels(language: Language): CourseDocument {
  return compactSampleWithFirstCapsule(language, (_doc, own) => [
    { type: 'accordion', content: [panel('Avant', 'Préparer les chiffres.'), panel('Pendant', 'Cinq minutes debout.')] },
    { type: 'tabs', content: [panel('Atelier', 'Parler du poste.'), panel('Bureau', 'Parler des dossiers.'), panel('Télétravail', 'Parler à distance.')] },
    ...own,
  ]);
}

describe('accordion and tabs in the strict runtime, with the keyboard alone', () => {
  const chromium = chromiumForThisFile();

  it.each(['fr', 'en'] as const)('%s: Tab, Enter, Space, arrows, Home and End operate them, and axe finds nothing', async (language) => {
    const { packages, root } = await writePackageFolders(courseWithPanels(language), { version: '2004-4th', mode: 'course' });
    chromium.removeAfterAll(root);
    await withTestLms(chromium.browser(), async (lms) => {
      lms.usePackage(packages[0]!.folder);
      const frame = await lms.launch('2004', packages[0]!.scoPaths[0]!);
      const { page } = lms;
      const region = (id: string) => frame.locator(`#${id}`);
      const button = '.spoc-accordion button >> nth=1';
      await frame.locator(button).waitFor();
      expect(await axeViolations(frame)).toEqual([]);

      await tabTo(page, frame, button);
      const controls = (await frame.locator(button).getAttribute('aria-controls'))!;
      expect(await region(controls).isVisible()).toBe(false);
      await page.keyboard.press('Enter');
      await expect.poll(() => region(controls).innerText()).toBe('Cinq minutes debout.');
      expect(await frame.locator(button).getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Space');
      await expect.poll(() => region(controls).isVisible()).toBe(false);
      await page.keyboard.press('Enter');

      const selectedPanel = () => frame.locator('[role="tabpanel"]:not([hidden])').innerText();
      await tabTo(page, frame, '[role="tab"][aria-selected="true"]');
      expect(await frame.locator('[role="tab"][aria-selected="true"]').innerText()).toBe('Atelier');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(selectedPanel).toBe('Parler à distance.');
      await page.keyboard.press('Home');
      await expect.poll(selectedPanel).toBe('Parler du poste.');
      await page.keyboard.press('ArrowRight');
      await expect.poll(selectedPanel).toBe('Parler des dossiers.');
      expect(await isFocused(frame, '[role="tab"]:text-is("Bureau")')).toBe(true);
      expect(await frame.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
      await page.keyboard.press('End');
      await expect.poll(selectedPanel).toBe('Parler à distance.');
      await page.keyboard.press('Tab');
      expect(await isFocused(frame, '[role="tabpanel"]:not([hidden])')).toBe(true);
      expect(await axeViolations(frame)).toEqual([]);
      await page.screenshot({ path: `test-output/player-panels-${language}.png` });
      expect(lms.problems.consoleErrors).toEqual([]);
      expect(lms.problems.outsideRequests).toEqual([]);
    });
  }, 60_000);
});
