import { describe, expect, it } from 'vitest';
import { launchAppForEachTest } from './support/launchApp';

// The page rendering its first screen itself, as on the desktop; with the server's, see firstScreen.e2e.test.ts.
const app = launchAppForEachTest({ serverFirstScreen: false });

describe('page load', () => {
  // The first render is the workspace (main.tsx loads the session from the first reads before it),
  // and pageStart, loaded by its own async script and imported by the app, runs once.
  it('renders the outline as its first screen, with no loading line first, asking for the session and the outline once', async () => {
    const { page } = app;
    await page.addInitScript(() => {
      const seen = window as unknown as { loadingShown?: boolean };
      seen.loadingShown = false;
      new MutationObserver((changes) => {
        for (const change of changes) {
          for (const node of change.addedNodes) {
            if (node instanceof Element && (node.matches('.loading') || node.querySelector('.loading'))) seen.loadingShown = true;
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const asked: string[] = [];
    page.on('request', (request) => {
      const method = new URL(request.url()).pathname.match(/^\/api\/(getSession|getOutline)$/)?.[1];
      if (method) asked.push(method);
    });
    await page.reload();
    await expect.poll(() => page.getByTestId('outline-tree').getByRole('row').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { loadingShown: boolean }).loadingShown)).toBe(false);
    expect(asked.sort()).toEqual(['getOutline', 'getSession']);
  });
});
