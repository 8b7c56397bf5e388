// Page load → outline painted, in Chromium, browser mode: navigation start to the first frame after the
// outline's first screen of rows is in the DOM, on the large generated course (1×, 200 capsules) and on
// 16 times that course (3,200 capsules). The server renders that first screen into the page
// (electron/server/firstScreenThread); the time the app has taken it over (its rows beyond the first
// screen added) and a load without the server's first screen are printed beside, with no goal. Anchor, same run, same Chromium, same server: a static HTML
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

const ROUNDS = 11;
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
  // Running: the app has rendered, or taken over the server's first screen (renderer/app/ConnectedApp).
  const watchRunning = () => {
    if (performance.getEntriesByName('spoc-app-running').length > 0) return setTimeout(() => console.debug(`outline running at ${performance.now()}`));
    requestAnimationFrame(watchRunning);
  };
  const check = () => {
    const tree = document.querySelector('[data-testid="outline-tree"]');
    const rows = tree?.querySelectorAll('[role="row"]');
    const last = rows?.[rows.length - 1];
    if (tree && last && (last.getBoundingClientRect().bottom >= innerHeight || tree.getBoundingClientRect().bottom <= innerHeight)) {
      // The frame this check runs in paints right after it: the next task sees it painted.
      setTimeout(() => console.debug(`outline painted at ${performance.now()}`));
      requestAnimationFrame(watchRunning);
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const PAINTED = 'outline painted at ';
const RUNNING = 'outline running at ';

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

/** Loads url in a new page of context (closed after), timed to the outline painted and, for the app, to the app running (else NaN). */
async function timeLoadIn(context: BrowserContext, url: string, { app = false } = {}): Promise<{ ms: number; runningMs: number; rows: number }> {
  const page = await context.newPage();
  try {
    await page.addInitScript(watchOutlinePainted);
    const running = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(RUNNING), timeout: 60_000 });
    running.catch(() => undefined);
    const ms = await loadUntilPainted(page, url);
    const rows = await page.locator('[data-testid="outline-tree"] [role="row"]').count();
    return { ms, runningMs: app ? Number((await running).text().slice(RUNNING.length)) : Number.NaN, rows };
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

/** Browser mode on the course, with or without the server's first screen; the renderer served from a copy of out/renderer in dir. */
function startOn(projectPath: string, dir: string, rendererDir: string, withFirstScreen: boolean) {
  return startServer({
    projectPath,
    workspaceDir: dir,
    appDataDir: dir,
    resourcesDir: path.resolve('resources'),
    rendererDir,
    ...(withFirstScreen ? { firstScreenBundle: path.resolve('out/server/firstScreen.cjs') } : {}),
  });
}

/** The designer's browser: it opens the launch address once (its session cookie kept), then each reopen is a new page of it. */
async function launchIn(browser: Browser, launchUrl: string): Promise<{ context: BrowserContext; launched: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'fr-FR' });
  const launched = await context.newPage();
  await launched.addInitScript(watchOutlinePainted);
  await loadUntilPainted(launched, launchUrl);
  return { context, launched };
}

const list = (values: number[]) => `[${values.map((ms) => ms.toFixed(0)).join(' ')}]`;

async function measure(browser: Browser, scale: number, dir: string): Promise<boolean> {
  const course = await generateLargeCourse({ dir, mediaBytes: 0, mediaFileCount: 1, scale });
  // The anchor is served by the same server, from a copy of the renderer's folder.
  const rendererDir = path.join(dir, 'renderer');
  cpSync(path.resolve('out/renderer'), rendererDir, { recursive: true });
  const app: number[] = [];
  const appRunning: number[] = [];
  const anchor: number[] = [];
  const firstOpen: number[] = [];
  const firstOpenAnchor: number[] = [];
  let appRows = 0;
  const server = await startOn(course.projectPath, dir, rendererDir, true);
  const { context, launched } = await launchIn(browser, server.launchUrl);
  try {
    writeFileSync(path.join(rendererDir, STATIC_PAGE), await staticCopy(launched));
    await launched.close();
    const cookies = await context.cookies();
    const staticUrl = new URL(STATIC_PAGE, server.url).href;
    for (let round = 0; round < ROUNDS; round += 1) {
      const loaded = await timeLoadIn(context, server.url, { app: true });
      app.push(loaded.ms);
      appRunning.push(loaded.runningMs);
      appRows = loaded.rows;
      anchor.push((await timeLoadIn(context, staticUrl)).ms);
      firstOpen.push(await timeFirstOpen(browser, server.url, cookies));
      firstOpenAnchor.push(await timeFirstOpen(browser, staticUrl, cookies));
    }
  } finally {
    await context.close();
    await server.close();
  }
  // For comparison: the page rendering its first screen itself.
  const alone: number[] = [];
  const aloneRunning: number[] = [];
  const plainServer = await startOn(course.projectPath, dir, rendererDir, false);
  const plain = await launchIn(browser, plainServer.launchUrl);
  try {
    await plain.launched.close();
    for (let round = 0; round < ROUNDS; round += 1) {
      const loaded = await timeLoadIn(plain.context, plainServer.url, { app: true });
      alone.push(loaded.ms);
      aloneRunning.push(loaded.runningMs);
    }
  } finally {
    await plain.context.close();
    await plainServer.close();
  }
  const appMs = median(app);
  const anchorMs = median(anchor);
  const ratio = appMs / anchorMs;
  const pass = scale === 1 ? ratio <= ANCHOR_RATIO_GOAL : appMs < LARGE_GOAL_MS;
  const goal = scale === 1 ? `goal ≤ ${ANCHOR_RATIO_GOAL} × the static page` : `goal < ${LARGE_GOAL_MS} ms`;
  console.log(
    `outlineLoad: ${scale}× course (${course.document.capsules.length} capsules, ${appRows} rows in the DOM), reopened: ` +
      `outline painted median ${appMs.toFixed(0)} ms ${list(app)}; static copy ${anchorMs.toFixed(0)} ms ${list(anchor)}; ` +
      `ratio ${ratio.toFixed(2)} (${pass ? 'PASS' : 'FAIL'}, ${goal}); app running ${median(appRunning).toFixed(0)} ms ${list(appRunning)}; ` +
      `without the server's first screen (no goal): painted ${median(alone).toFixed(0)} ms ${list(alone)}, running ${median(aloneRunning).toFixed(0)} ms ${list(aloneRunning)}; ` +
      `first open (empty caches, no goal): ${median(firstOpen).toFixed(0)} ms ${list(firstOpen)}, static copy ${median(firstOpenAnchor).toFixed(0)} ms ${list(firstOpenAnchor)}, ` +
      `ratio ${(median(firstOpen) / median(firstOpenAnchor)).toFixed(2)}; ${loadNote()}`,
  );
  return pass;
}

let browser: Browser | undefined;
runEachScale(
  'outline',
  async (scale, dir) => measure((browser ??= await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })), scale, dir),
  async () => browser?.close(),
);
