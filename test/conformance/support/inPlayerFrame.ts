import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { animationsEnded } from '../../e2e/support/axe';
import { ROOT } from './buildPlayerAssets';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.1 A/AA and best-practice findings in the SCO's frame, each with the elements concerned. */
export async function axeViolations(frame: Frame): Promise<string[]> {
  await animationsEnded(frame);
  // Evaluated through the debugging protocol: the SCO page's CSP forbids inline scripts, rightly.
  await frame.evaluate(`${AXE};0`);
  const results = await frame.evaluate(() =>
    (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document.body, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  return results.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

export const isFocused = (frame: Frame, selector: string) => frame.locator(selector).evaluate((element) => element === document.activeElement);

/** Presses Tab until the element has focus, as a keyboard user would. */
export async function tabTo(page: Page, frame: Frame, selector: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await isFocused(frame, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
