import type { Page } from 'playwright-core';

/**
 * Waits until the top bar says every change is saved: a locator's wait, like the suite's other
 * conditions, where a one-second poll failed when an autosave under load took longer.
 */
export async function waitUntilSaved(page: Page): Promise<void> {
  await page.getByTestId('save-status').filter({ hasText: /^✓ Enregistré$/ }).waitFor();
}
