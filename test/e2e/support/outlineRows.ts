import type { Locator, Page } from 'playwright-core';

/**
 * The capsule rows of the module at `moduleIndex` (0-based). The outline is a flat treegrid: a
 * module's capsules are the rows after its own, before the next module's. Counts rendered rows, so
 * use it on courses short enough for every row to be on screen or near it.
 */
export function capsuleRowsOf(page: Page, moduleIndex: number): Locator {
  return page.locator(`xpath=//*[@data-testid="outline-capsule"][count(preceding-sibling::*[@data-testid="outline-module"]) = ${moduleIndex + 1}]`);
}
