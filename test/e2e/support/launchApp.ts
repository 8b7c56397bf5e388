/**
 * The shared end-to-end harness: the browser-mode server started in-process on a temporary
 * workspace (with a copy of the project under test), and Chromium driven by playwright-core.
 * Any console error, page error, failed request or HTTP error response fails the test through
 * `assertNoProblems` (call it in afterEach) unless the test declared it expected.
 */
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startServer } from '../../../electron/server/startServer';
import { generateLargeCourse, type LargeCourse } from '../../support/generateLargeCourse';
import { CHROMIUM_ARGS } from './chromiumArgs';

const repoRoot = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const rendererDir = path.join(repoRoot, 'out/renderer');

export { CHROMIUM_ARGS };

export interface LaunchOptions {
  /** A .spoc file to copy into the temporary workspace and open; without it the server opens the sample. */
  projectFile?: string;
  /** Browser language, which picks the UI language on first launch (default fr-FR). */
  locale?: string;
  viewport?: { width: number; height: number };
  /** The server renders the page's first screen into it (default), or the page renders it, as on the desktop. */
  serverFirstScreen?: boolean;
}

export interface LaunchedApp {
  page: Page;
  context: BrowserContext;
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** Temporary folder holding the projects created or copied for this launch. */
  workspaceDir: string;
  appDataDir: string;
  /** Console errors, page errors, failed requests and HTTP errors seen so far. */
  problems: string[];
  /** Problems matching this pattern are expected by the test and not reported. */
  allowProblems(pattern: RegExp): void;
  /** Throws listing every unexpected problem seen since launch (or the last call). */
  assertNoProblems(): void;
  close(): Promise<void>;
}

async function assertRendererBuilt(): Promise<void> {
  const built = await stat(path.join(rendererDir, 'index.html')).catch(() => null);
  if (!built) throw new Error(`No built renderer in ${rendererDir}: run \`npm run build\` (or \`node node_modules/vite/bin/vite.js build\`) first.`);
}

function watchForProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation (reload) aborts requests still in flight; that is not a failure of the app.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
}

/** Starts the server and a fresh Chromium on its own temporary workspace; close() removes everything. */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  await assertRendererBuilt();
  const tempDir = await mkdtemp(path.join(tmpdir(), 'spoc-e2e-'));
  const workspaceDir = path.join(tempDir, 'workspace');
  const appDataDir = path.join(tempDir, 'app-data');
  await mkdir(workspaceDir, { recursive: true });
  await mkdir(appDataDir, { recursive: true });

  let projectPath: string | undefined;
  if (options.projectFile) {
    projectPath = path.join(workspaceDir, path.basename(options.projectFile));
    await copyFile(options.projectFile, projectPath);
  }

  const server = await startServer({
    ...(projectPath ? { projectPath } : {}),
    workspaceDir,
    appDataDir,
    resourcesDir: path.join(repoRoot, 'resources'),
    rendererDir,
    ...(options.serverFirstScreen === false ? {} : { firstScreenBundle: path.join(repoRoot, 'out/server/firstScreen.cjs') }),
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      locale: options.locale ?? 'fr-FR',
      viewport: options.viewport ?? { width: 1440, height: 900 },
      deviceScaleFactor: 1,
    });
    // Only our own server may be contacted.
    await context.route(/^(?!http:\/\/(127\.0\.0\.1|localhost):\d+\/)/, (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    const problems: string[] = [];
    const allowed: RegExp[] = [];
    watchForProblems(page, problems);
    await page.goto(server.launchUrl);

    const openBrowser = browser;
    return {
      page,
      context,
      url: server.url,
      workspaceDir,
      appDataDir,
      problems,
      allowProblems(pattern) {
        allowed.push(pattern);
      },
      assertNoProblems() {
        const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
        problems.length = 0;
        if (unexpected.length > 0) throw new Error(`The page reported problems:\n  ${unexpected.join('\n  ')}`);
      },
      async close() {
        await openBrowser.close();
        await server.close();
        await rm(tempDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Launches the app before each test of the file and, after it, fails the test on any unexpected
 * page problem and closes everything. The returned object always stands for the current test's app.
 */
export function launchAppForEachTest(options: LaunchOptions = {}): LaunchedApp {
  let current: LaunchedApp | undefined;
  beforeEach(async () => {
    current = await launchApp(options);
  });
  afterEach(async () => {
    try {
      current?.assertNoProblems();
    } finally {
      await current?.close();
      current = undefined;
    }
  });
  return new Proxy({} as LaunchedApp, {
    get(_target, key) {
      if (!current) throw new Error('The app is launched only while a test runs.');
      return Reflect.get(current, key);
    },
  });
}

/**
 * Generates the benchmarks' large course (200 capsules, no media) and launches the app on it once for
 * the file's tests; after them, fails on any unexpected page problem and closes everything.
 */
export function launchOnLargeCourseForThisFile(): { readonly app: LaunchedApp; readonly course: LargeCourse } {
  let dir = '';
  let course: LargeCourse | undefined;
  let app: LaunchedApp | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'spoc-e2e-large-'));
    course = await generateLargeCourse({ dir, mediaBytes: 0, mediaFileCount: 1 });
    app = await launchApp({ projectFile: course.projectPath });
  }, 60_000);
  afterAll(async () => {
    try {
      app?.assertNoProblems();
    } finally {
      await app?.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
  const launched = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The large course is launched only once the file\'s tests run.');
    return value;
  };
  return {
    get app() {
      return launched(app);
    },
    get course() {
      return launched(course);
    },
  };
}
