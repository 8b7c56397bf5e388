// Page load → outline painted, in Chromium, browser mode: navigation start to the first frame after the
// outline's first screen of rows is in the DOM, on the large generated course (1×, 200 capsules) and on
// 16 times that course (3,200 capsules). Anchor, same run, same Chromium, same server: a static HTML
// copy of the page as painted (the same rows, the same stylesheets, no script). Goals: 1× ≤ 1.5 × the
// anchor; 16× under 0.5 s. Medians of ROUNDS loads, each in a fresh browser context (empty cache).
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../electron/server/startServer';
import { generateLargeCourse } from '../support/generateLargeCourse';
import { loadNote, median, runEachScale } from './benchSupport';

const ROUNDS = 7;
const ANCHOR_RATIO_GOAL = 1.5;
const LARGE_GOAL_MS = 500;
const VIEWPORT = { width: 1440, height: 900 };
const STATIC_PAGE = 'static-outline.html';

/**
 * Runs in the page before its own scripts: each frame, looks whether the outline's rows fill the first
 * screen (or the tree ends on it); once they do, the time after that frame is the outline painted.
 */
function watchOutlinePainted(): void {
  const win = window as unknown as { outlinePaintedAt?: number };
  const check = () => {
    const tree = document.querySelector('[data-testid="outline-tree"]');
    const rows = tree?.querySelectorAll('[role="row"]');
    const last = rows?.[rows.length - 1];
    if (tree && last && (last.getBoundingClientRect().bottom >= innerHeight || tree.getBoundingClientRect().bottom <= innerHeight)) {
      // The frame this check runs in paints right after it: the next task sees it painted.
      setTimeout(() => (win.outlinePaintedAt = performance.now()));
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Waits for the outline painted, or fails saying what the page shows instead. */
async function outlinePainted(page: Page): Promise<number> {
  try {
    await page.waitForFunction(() => (window as unknown as { outlinePaintedAt?: number }).outlinePaintedAt !== undefined, undefined, { timeout: 60_000 });
  } catch (error) {
    const shown = await page.locator('body').innerText().catch(() => '(no page)');
    throw new Error(`The outline was not painted at ${page.url()}; the page shows: ${shown.slice(0, 300)}`, { cause: error });
  }
  return page.evaluate(() => (window as unknown as { outlinePaintedAt: number }).outlinePaintedAt);
}

/** Session cookies of the launched app: each load gets a fresh context (empty cache) but the same session. */
type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

async function timeLoad(browser: Browser, url: string, cookies: Cookies): Promise<{ ms: number; rows: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  await context.addCookies(cookies);
  try {
    const page = await context.newPage();
    await page.addInitScript(watchOutlinePainted);
    await page.goto(url);
    const ms = await outlinePainted(page);
    const rows = await page.locator('[data-testid="outline-tree"] [role="row"]').count();
    return { ms, rows };
  } finally {
    await context.close();
  }
}

/** The page as painted, scripts removed: the same rows and stylesheets, nothing to run. */
async function staticCopy(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script, link[rel="modulepreload"], meta[name="spoc-token"]').forEach((element) => element.remove());
    return `<!doctype html>\n${copy.outerHTML}`;
  });
}

async function measure(browser: Browser, scale: number, dir: string): Promise<boolean> {
  const course = await generateLargeCourse({ dir, mediaBytes: 0, mediaFileCount: 1, scale });
  // The anchor is served by the same server, from a copy of the renderer's folder.
  const rendererDir = path.join(dir, 'renderer');
  cpSync(path.resolve('out/renderer'), rendererDir, { recursive: true });
  const server = await startServer({
    projectPath: course.projectPath,
    workspaceDir: dir,
    appDataDir: dir,
    resourcesDir: path.resolve('resources'),
    rendererDir,
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.addInitScript(watchOutlinePainted);
    // The launch address works once and sets the session cookie the later loads carry.
    await page.goto(server.launchUrl);
    await outlinePainted(page);
    writeFileSync(path.join(rendererDir, STATIC_PAGE), await staticCopy(page));
    const cookies = await context.cookies();
    await context.close();

    const app: number[] = [];
    const anchor: number[] = [];
    let appRows = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const loaded = await timeLoad(browser, server.url, cookies);
      app.push(loaded.ms);
      appRows = loaded.rows;
      anchor.push((await timeLoad(browser, new URL(STATIC_PAGE, server.url).href, cookies)).ms);
    }
    const appMs = median(app);
    const anchorMs = median(anchor);
    const ratio = appMs / anchorMs;
    const pass = scale === 1 ? ratio <= ANCHOR_RATIO_GOAL : appMs < LARGE_GOAL_MS;
    const goal = scale === 1 ? `goal ≤ ${ANCHOR_RATIO_GOAL} × the static page` : `goal < ${LARGE_GOAL_MS} ms`;
    console.log(
      `outlineLoad: ${scale}× course (${course.document.capsules.length} capsules, ${appRows} rows in the DOM): ` +
        `outline painted median ${appMs.toFixed(0)} ms [${app.map((ms) => ms.toFixed(0)).join(' ')}]; ` +
        `static copy ${anchorMs.toFixed(0)} ms [${anchor.map((ms) => ms.toFixed(0)).join(' ')}]; ratio ${ratio.toFixed(2)} (${pass ? 'PASS' : 'FAIL'}, ${goal}); ${loadNote()}`,
    );
    return pass;
  } finally {
    await server.close();
  }
}

let browser: Browser | undefined;
runEachScale(
  'outline',
  async (scale, dir) => measure((browser ??= await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })), scale, dir),
  async () => browser?.close(),
);
