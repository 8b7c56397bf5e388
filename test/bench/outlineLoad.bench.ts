// Page load → outline painted, in Chromium, browser mode: navigation start to the first frame after the
// outline's first screen of rows is in the DOM, on the large generated course (1×, 200 capsules) and on
// 16 times that course (3,200 capsules). Anchor, same run, same Chromium, same server: a static HTML
// copy of the page as painted (the same rows, the same stylesheets, no script). Goals: 1× ≤ 1.5 × the
// anchor; 16× under 0.5 s, on a reopen: medians of ROUNDS loads, each in a new page of the browser
// context that launched the app (its HTTP cache and V8 code cache kept, as a designer's browser or the
// desktop app's profile keeps them). A first open (fresh context, empty caches) is printed beside it.
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
 * screen (or the tree ends on it); once they do, the time after that frame is the outline painted. It
 * is told on the console: waiting with page.waitForFunction would make Playwright inject and compile its
 * page script (~20–30 ms) in the middle of the app's start (after the load event, which a static page
 * reaches when it is painted), charging the app for the harness.
 */
function watchOutlinePainted(): void {
  const check = () => {
    const tree = document.querySelector('[data-testid="outline-tree"]');
    const rows = tree?.querySelectorAll('[role="row"]');
    const last = rows?.[rows.length - 1];
    if (tree && last && (last.getBoundingClientRect().bottom >= innerHeight || tree.getBoundingClientRect().bottom <= innerHeight)) {
      // The frame this check runs in paints right after it: the next task sees it painted.
      setTimeout(() => console.debug(`outline painted at ${performance.now()}`));
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const PAINTED = 'outline painted at ';

/** Opens url in page and waits for the outline painted (ms from navigation start), or fails saying what the page shows instead. */
async function loadUntilPainted(page: Page, url: string): Promise<number> {
  const painted = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(PAINTED), timeout: 60_000 });
  painted.catch(() => undefined);
  await page.goto(url);
  try {
    return Number((await painted).text().slice(PAINTED.length));
  } catch (error) {
    const shown = await page.locator('body').innerText().catch(() => '(no page)');
    throw new Error(`The outline was not painted at ${page.url()}; the page shows: ${shown.slice(0, 300)}`, { cause: error });
  }
}

/** Session cookies of the launched app: a first open gets a fresh context (empty caches) but the same session. */
type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

/** Loads url in a new page of context (closed after), timed to the outline painted. */
async function timeLoadIn(context: BrowserContext, url: string): Promise<{ ms: number; rows: number }> {
  const page = await context.newPage();
  try {
    await page.addInitScript(watchOutlinePainted);
    const ms = await loadUntilPainted(page, url);
    const rows = await page.locator('[data-testid="outline-tree"] [role="row"]').count();
    return { ms, rows };
  } finally {
    await page.close();
  }
}

async function timeFirstOpen(browser: Browser, url: string, cookies: Cookies): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  await context.addCookies(cookies);
  try {
    return (await timeLoadIn(context, url)).ms;
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
  // The designer's browser: it launched the app, and each reopen is a new page of it.
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchOutlinePainted);
    // The launch address works once and sets the session cookie the later loads carry.
    await loadUntilPainted(page, server.launchUrl);
    writeFileSync(path.join(rendererDir, STATIC_PAGE), await staticCopy(page));
    await page.close();
    const cookies = await context.cookies();
    const staticUrl = new URL(STATIC_PAGE, server.url).href;

    const app: number[] = [];
    const anchor: number[] = [];
    const firstOpen: number[] = [];
    const firstOpenAnchor: number[] = [];
    let appRows = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const loaded = await timeLoadIn(context, server.url);
      app.push(loaded.ms);
      appRows = loaded.rows;
      anchor.push((await timeLoadIn(context, staticUrl)).ms);
      firstOpen.push(await timeFirstOpen(browser, server.url, cookies));
      firstOpenAnchor.push(await timeFirstOpen(browser, staticUrl, cookies));
    }
    const appMs = median(app);
    const anchorMs = median(anchor);
    const ratio = appMs / anchorMs;
    const pass = scale === 1 ? ratio <= ANCHOR_RATIO_GOAL : appMs < LARGE_GOAL_MS;
    const goal = scale === 1 ? `goal ≤ ${ANCHOR_RATIO_GOAL} × the static page` : `goal < ${LARGE_GOAL_MS} ms`;
    const list = (values: number[]) => `[${values.map((ms) => ms.toFixed(0)).join(' ')}]`;
    console.log(
      `outlineLoad: ${scale}× course (${course.document.capsules.length} capsules, ${appRows} rows in the DOM), reopened: ` +
        `outline painted median ${appMs.toFixed(0)} ms ${list(app)}; static copy ${anchorMs.toFixed(0)} ms ${list(anchor)}; ` +
        `ratio ${ratio.toFixed(2)} (${pass ? 'PASS' : 'FAIL'}, ${goal}); ` +
        `first open (empty caches, no goal): ${median(firstOpen).toFixed(0)} ms ${list(firstOpen)}, static copy ${median(firstOpenAnchor).toFixed(0)} ms ${list(firstOpenAnchor)}, ` +
        `ratio ${(median(firstOpen) / median(firstOpenAnchor)).toFixed(2)}; ${loadNote()}`,
    );
    return pass;
  } finally {
    await context.close();
    await server.close();
  }
}

let browser: Browser | undefined;
runEachScale(
  'outline',
  async (scale, dir) => measure((browser ??= await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })), scale, dir),
  async () => browser?.close(),
);
