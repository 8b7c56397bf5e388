/**
 * Browser mode's first screen, rendered by the server into the page (electron/server/firstScreenThread):
 * painted before any script runs, then taken over by the app as it is (hydrated, not rendered
 * again), in the language and for the window the page asks. Hydration mismatches are console
 * errors, which fail every test here (launchApp's problems).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { catalogsIn } from '../../shared/i18n/messages';
import { clientDocument } from '../support/clientWordDocument';
import { launchAppForEachTest, type LaunchedApp } from './support/launchApp';

const VIEWPORT = { width: 1440, height: 900 };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A page of a context sharing the app's session whose scripts never run: it shows the page exactly as served. */
async function servedPage(app: LaunchedApp, locale: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await app.context.browser()!.newContext({ javaScriptEnabled: false, locale, viewport: VIEWPORT });
  await context.addCookies(await app.context.cookies());
  const page = await context.newPage();
  // The server answers without a first screen while its rendering thread starts: reload until it comes.
  await expect
    .poll(async () => {
      await page.goto(app.url);
      return page.locator('#root[data-first-screen]').count();
    })
    .toBe(1);
  return { page, context };
}

/** Reloads the app's page and waits until the app has rendered, or taken over what was served. */
async function reloadUntilRunning(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('spoc-app-running').length > 0);
}

describe('the first screen from the server, for a French browser', () => {
  const app = launchAppForEachTest();

  it('is painted before any script runs: the outline with its rows, in French', async () => {
    const { page, context } = await servedPage(app, 'fr-FR');
    try {
      const outline = catalogsIn('fr').outline;
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(outline['heading']);
      const rows = page.getByTestId('outline-tree').getByRole('row');
      expect(await rows.count()).toBeGreaterThan(5);
      expect(await rows.first().isVisible()).toBe(true);
      expect(await page.getByTestId('course-title').innerText()).toMatch(/OPTIMANAGER/i);
    } finally {
      await context.close();
    }
  });

  it('is taken over by the app as it is, without asking the backend for what it was made from, and answers', async () => {
    const { page } = app;
    await servedPage(app, 'fr-FR').then(({ context }) => context.close());
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const served = window as unknown as { servedRow?: Element | null; servedFirstScreen?: boolean };
        served.servedRow = document.querySelector('[data-testid="outline-capsule"]');
        served.servedFirstScreen = document.getElementById('root')?.hasAttribute('data-first-screen');
      });
    });
    const asked: string[] = [];
    page.on('request', (request) => {
      const method = new URL(request.url()).pathname.match(/^\/api\/(getSession|getOutline|listProjects)$/)?.[1];
      if (method) asked.push(method);
    });
    await reloadUntilRunning(page);
    expect(await page.evaluate(() => (window as unknown as { servedFirstScreen: boolean }).servedFirstScreen)).toBe(true);
    // Hydrated: the row the server sent is the one on screen, not a copy the app rendered in its place.
    expect(
      await page.evaluate(() => {
        const served = (window as unknown as { servedRow: Element | null }).servedRow;
        return Boolean(served?.isConnected) && served === document.querySelector('[data-testid="outline-capsule"]');
      }),
    ).toBe(true);
    expect(asked).toEqual([]);
    const capsule = page.getByTestId('outline-capsule').first();
    await capsule.click();
    await expect.poll(() => capsule.getAttribute('aria-selected')).toBe('true');
  });

  it("asks for the app's chunk and the interface's catalogues while the page is parsed, not once it is painted", async () => {
    const { page } = app;
    await servedPage(app, 'fr-FR').then(({ context }) => context.close());
    // The app's context answers nothing from its cache (it routes requests): a first open, chunks from the server.
    await page.goto(app.url);
    await page.waitForFunction(() => performance.getEntriesByName('spoc-app-running').length > 0);
    const { parsedAt, chunks } = await page.evaluate(() => ({
      parsedAt: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      chunks: performance.getEntriesByType('resource').flatMap((entry) => {
        const chunk = /\/assets\/(index|ui-catalogs-fr)-[^/]+\.js$/.exec(entry.name)?.[1];
        return chunk ? [{ chunk, askedAt: entry.startTime }] : [];
      }),
    }));
    expect(chunks.map(({ chunk }) => chunk).sort()).toEqual(['index', 'ui-catalogs-fr']);
    for (const { chunk, askedAt } of chunks) expect(askedAt, `${chunk} asked for once the page was parsed`).toBeLessThan(parsedAt);
  });

  /** Loads the page with the app's chunk held back until the returned release is called: the page shows only what the server sent. */
  async function loadWithAppHeldBack(page: Page): Promise<() => void> {
    await servedPage(app, 'fr-FR').then(({ context }) => context.close());
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(app.url, { waitUntil: 'domcontentloaded' });
    await page.locator('#root[data-first-screen]').waitFor();
    return release;
  }

  const appRunning = (page: Page) => page.evaluate(() => performance.getEntriesByName('spoc-app-running').length > 0);

  it('acts on a click made before the app has taken the first screen over, once it has', async () => {
    const { page } = app;
    const release = await loadWithAppHeldBack(page);
    await page.getByTestId('nav-cohorts').click();
    expect(await appRunning(page)).toBe(false);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('spoc-app-running').length > 0);
    await page.getByRole('heading', { level: 1, name: catalogsIn('fr').pacing['cohortsTitle']! }).waitFor();
    expect(await page.getByTestId('nav-cohorts').getAttribute('aria-current')).toBe('page');
  });

  it('acts on a key pressed before the app has taken the first screen over, once it has', async () => {
    const { page } = app;
    const release = await loadWithAppHeldBack(page);
    const capsule = page.getByTestId('outline-capsule').first();
    await capsule.focus();
    await page.keyboard.press('F2');
    expect(await appRunning(page)).toBe(false);
    release();
    await capsule.getByRole('textbox', { name: 'Nouveau titre' }).waitFor();
  });

  it('takes what was typed in a field before the app had taken the first screen over, once it has', async () => {
    const { page } = app;
    const release = await loadWithAppHeldBack(page);
    const search = page.getByRole('searchbox');
    const capsules = page.getByTestId('outline-capsule');
    const before = await capsules.count();
    await search.fill('brief');
    expect(await appRunning(page)).toBe(false);
    release();
    await expect.poll(() => capsules.count()).toBeLessThan(before);
    expect(await search.inputValue()).toBe('brief');
    expect(await capsules.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/brief/i)]));
  });

  it('opens the capsule double-clicked before the app had taken the first screen over, once it has', async () => {
    const { page } = app;
    const release = await loadWithAppHeldBack(page);
    await page.getByTestId('outline-capsule').first().dblclick();
    expect(await appRunning(page)).toBe(false);
    release();
    await page.getByTestId('capsule-content').waitFor();
  });

  it('imports the file picked before the app had taken the first screen over, once it has', async () => {
    const { page } = app;
    const release = await loadWithAppHeldBack(page);
    await page.getByTestId('outline-import-input').setInputFiles([{ name: 'procedure.docx', mimeType: DOCX, buffer: await clientDocument() }]);
    expect(await appRunning(page)).toBe(false);
    release();
    await page.getByRole('dialog', { name: 'Importer dans le cours' }).getByRole('list', { name: 'Aperçu de l’import' }).waitFor();
  });

  it('fills the window the page said it has, with fewer rows for a smaller one', async () => {
    const { page } = app;
    const servedRows = async (height: number) => {
      await page.setViewportSize({ width: 1440, height });
      await reloadUntilRunning(page);
      const served = await servedPage(app, 'fr-FR');
      try {
        await served.page.setViewportSize({ width: 1440, height });
        expect(await served.page.locator('#root').getAttribute('data-first-screen-height')).toBe(String(height));
        const rows = served.page.getByTestId('outline-tree').getByRole('row');
        const last = (await rows.last().boundingBox())!;
        expect(last.y + last.height, `the rows served fill the ${height}-pixel window`).toBeGreaterThanOrEqual(height);
        return await rows.count();
      } finally {
        await served.context.close();
      }
    };
    expect(await servedRows(500)).toBeLessThan(await servedRows(900));
  });

  it('is the welcome screen once the project is closed, taken over as well', async () => {
    const { page } = app;
    await page.getByTestId('close-project').click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'SPOC Studio' }).waitFor();
    const { page: served, context } = await servedPage(app, 'fr-FR');
    try {
      expect(await served.getByText(catalogsIn('fr').welcome['tagline']!).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
    await reloadUntilRunning(page);
    await page.getByText(catalogsIn('fr').welcome['tagline']!).waitFor();
  });
});

describe('the first screen from the server, for an English browser', () => {
  const app = launchAppForEachTest({ locale: 'en-US' });

  it('is in English, then in the language the designer picks, for the page and for what the server renders', async () => {
    const served = await servedPage(app, 'en-US');
    try {
      expect(await served.page.getByRole('heading', { level: 1 }).innerText()).toBe(catalogsIn('en').outline['heading']);
      expect(await served.page.locator('html').getAttribute('lang')).toBe('en');
      const { page } = app;
      await page.getByRole('button', { name: 'FR', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: catalogsIn('fr').outline['heading']! }).waitFor();
      await reloadUntilRunning(page);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(catalogsIn('fr').outline['heading']);
      await served.page.context().addCookies(await app.context.cookies());
      await served.page.reload();
      expect(await served.page.getByRole('heading', { level: 1 }).innerText()).toBe(catalogsIn('fr').outline['heading']);
      expect(await served.page.locator('html').getAttribute('lang')).toBe('fr');
    } finally {
      await served.context.close();
    }
  });
});
