import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { manifestLaunchData, type ManifestLaunchData } from './manifestLaunchData';
import path from 'node:path';
import { ROOT } from './buildPlayerAssets';
import { LAUNCHER_HTML, LAUNCHER_PATH, POPUP_HTML, POPUP_PATH, SCORM_AGAIN_PATH, type LaunchOptions } from './lmsLauncher';
import { startStaticServer, type StaticServer } from './staticServer';
import { CHROMIUM_ARGS } from '../../e2e/support/launchApp';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One Chromium shared by a test file, and the package folders its tests wrote, all removed after the file. */
export function chromiumForThisFile(): { browser(): Browser; removeAfterAll(folder: string): void } {
  let browser: Browser | undefined;
  const folders: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  return {
    browser: () => {
      if (!browser) throw new Error('Chromium runs only while the file\'s tests run.');
      return browser;
    },
    removeAfterAll: (folder) => void folders.push(folder),
  };
}

/** Everything that went wrong in the page, for "no console error, no 404, nothing outside" checks. */
export interface PageProblems {
  consoleErrors: string[];
  /** The player warns on the console when an LMS call fails: none may. */
  consoleWarnings: string[];
  outsideRequests: string[];
  failedRequests: string[];
}

/** The CMI an LMS stored for a SCO, as scorm-again renders it, plus its session state. */
export interface LmsState {
  initialized: boolean;
  terminated: boolean;
  cmi: Record<string, unknown>;
}

/** One "LMS": a static server with the launcher and scorm-again, and a browser page showing it. */
export class TestLms {
  readonly problems: PageProblems = { consoleErrors: [], consoleWarnings: [], outsideRequests: [], failedRequests: [] };
  private launchData = new Map<string, ManifestLaunchData>();

  private constructor(
    readonly server: StaticServer,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<TestLms> {
    const server = await startStaticServer();
    server.mount(LAUNCHER_PATH, { text: LAUNCHER_HTML, type: 'text/html; charset=utf-8' });
    server.mount(POPUP_PATH, { text: POPUP_HTML, type: 'text/html; charset=utf-8' });
    server.mount(SCORM_AGAIN_PATH, { text: readFileSync(path.join(ROOT, 'node_modules/scorm-again/dist/scorm-again.js'), 'utf8'), type: 'text/javascript; charset=utf-8' });
    const page = await browser.newPage({ viewport });
    const lms = new TestLms(server, page);
    page.on('console', (message) => {
      if (message.type() === 'error') lms.problems.consoleErrors.push(message.text());
      if (message.type() === 'warning') lms.problems.consoleWarnings.push(message.text());
    });
    page.on('pageerror', (error) => lms.problems.consoleErrors.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) => lms.problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url === 'about:blank') return route.continue();
      lms.problems.outsideRequests.push(url);
      return route.abort();
    });
    await page.goto(`${server.origin}${LAUNCHER_PATH}`);
    return lms;
  }

  /** Serves a package folder under /pkg (what an LMS does once it has unzipped it). */
  usePackage(folder: string): void {
    this.server.mount('/pkg', { folder });
    this.launchData = manifestLaunchData(readFileSync(path.join(folder, 'imsmanifest.xml'), 'utf8'));
  }

  /** Opens a SCO with a new API object (unless `options` say otherwise), as a new LMS session; `saved` is the CMI of the previous session. */
  async launch(version: string, scoPath: string, saved?: Record<string, unknown>, options: LaunchOptions = {}): Promise<Frame> {
    const fromManifest = this.launchData.get(scoPath) ?? {};
    const popup = options.popup ? this.page.waitForEvent('popup') : null;
    await this.page.evaluate(([v, url, cmi, init, how]) => (window as unknown as { lmsLaunch: (...args: unknown[]) => void }).lmsLaunch(v, url, cmi, init, how), [version, `/pkg/${scoPath}`, saved ?? null, fromManifest, options] as const);
    const host = popup ? await popup : this.page;
    const frame = await (await host.waitForSelector('#sco')).contentFrame();
    if (!frame) throw new Error('the SCO frame did not load');
    await frame.waitForLoadState('load');
    await frame.waitForSelector('#spoc-main h1, dialog[open]');
    return frame;
  }

  /** Every SetValue the SCO made on the current API object: element, value, the LMS's answer. */
  setLog(): Promise<Array<[string, string, string]>> {
    return this.page.evaluate(() => (window as unknown as { lmsSetLog: Array<[string, string, string]> }).lmsSetLog);
  }

  /** Every GetValue / SetValue the LMS answered with an error code (a strict LMS's log): call, element, code. */
  errorLog(): Promise<Array<[string, string, string]>> {
    return this.page.evaluate(() => (window as unknown as { lmsErrorLog: Array<[string, string, string]> }).lmsErrorLog);
  }

  /** What the SCO's commits sent: the data model's size at each one, the CMI as of the last and how many SetValue calls it covered. */
  commits(): Promise<{ sizes: number[]; last: Record<string, unknown> | null; setCount: number }> {
    return this.page.evaluate(() => (window as unknown as { lmsCommits: { sizes: number[]; last: Record<string, unknown> | null; setCount: number } }).lmsCommits);
  }

  /** Makes Commit fail (or work again), as an LMS whose server is unreachable. */
  refuseCommits(refuse: boolean): Promise<void> {
    return this.page.evaluate((value) => (window as unknown as { lmsRefuseCommits: (refuse: boolean) => void }).lmsRefuseCommits(value), refuse);
  }

  /** Unloads the SCO (the learner leaves), then returns what the LMS recorded. */
  async close(): Promise<LmsState> {
    await this.page.evaluate(() => (window as unknown as { lmsClose: () => void }).lmsClose());
    await this.page.waitForFunction(() => (window as unknown as { lmsApi: { isTerminated: () => boolean } }).lmsApi.isTerminated(), undefined, { timeout: 5_000 }).catch(() => undefined);
    return this.state();
  }

  state(): Promise<LmsState> {
    return this.page.evaluate(() => (window as unknown as { lmsState: () => LmsState }).lmsState());
  }

  /** Requests the server answered with an error (404 and the like). */
  missingFiles(): string[] {
    return this.server.requests.filter((request) => request.status >= 400).map((request) => `${request.status} ${request.path}`);
  }

  async dispose(): Promise<void> {
    await this.page.close();
    await this.server.close();
  }
}

/** Opens a TestLms for `play` and disposes of it (page and server) whatever `play` does; returns what `play` returns. */
export async function withTestLms<T>(browser: Browser, play: (lms: TestLms) => Promise<T>, viewport?: { width: number; height: number }): Promise<T> {
  const lms = await TestLms.open(browser, viewport);
  try {
    return await play(lms);
  } finally {
    await lms.dispose();
  }
}
