// Main-thread cost of an autosave in the capsule editor, in Chromium: type into the largest capsule
// of the large generated course (then of 16 times that course), let the autosave fire, and measure the
// renderer main thread from just before the save is due until the save has landed and the page has
// painted what it refreshed: the CPU time of every task that thread ran (Chromium's "toplevel" trace
// events; script, style, layout and paint), so it covers the save path and whatever re-renders after
// it. The same window without a save is measured as well, to show what runs anyway. Every API call
// made during a save window is counted: the outline must not be read again (no whole-outline reload).
// Target: median under 16 ms (one 60 Hz frame) of CPU per save, and no outline read. The median of the
// CPU time is gated, not the p90 nor the wall time: on this shared 2-core machine a busy neighbour
// preempts the renderer mid-task, which inflates the wall time and single rounds by the machine's
// load; the p90, the worst round and the wall time are printed beside it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { startServer } from '../../electron/server/startServer';
import { CHROMIUM_ARGS } from '../e2e/support/chromiumArgs';
import { AUTOSAVE_DELAY_MS } from '../../renderer/features/editor/autosaveDelay';
import { generateLargeCourse } from '../support/generateLargeCourse';
import { loadNote, median, runEachScale } from './benchSupport';

const BUDGET_MS = 16;
const SAVES = 15;
/** How long before the autosave is due the measuring window opens. */
const WINDOW_LEAD_MS = 150;
const root = process.cwd();

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

interface MainThreadWork {
  /** CPU time of the renderer main thread's tasks (what the load of the machine does not inflate). */
  cpuMs: number;
  /** Wall time of the same tasks. */
  wallMs: number;
}

/** Records the renderer main thread's tasks (Chromium's "toplevel" trace events) between start() and stop(). */
async function traceMainThread(cdp: CDPSession): Promise<{ stop(): Promise<MainThreadWork> }> {
  const events: TraceEvent[] = [];
  // CDP types trace events as string maps; they are JSON objects with numbers.
  const collect = (data: { value: object[] }) => void events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      const main = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
      // Tasks nest (a task runs inside the scheduler's task): only the outermost count.
      const tasks = events
        .filter((event) => event.ph === 'X' && main.has(`${event.pid}:${event.tid}`) && event.dur !== undefined)
        .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      let cpuMs = 0;
      let wallMs = 0;
      let openUntil = -Infinity;
      for (const task of tasks) {
        if (task.ts < openUntil) continue;
        openUntil = task.ts + task.dur!;
        wallMs += task.dur! / 1000;
        cpuMs += (task.tdur ?? task.dur!) / 1000;
      }
      return { cpuMs, wallMs };
    },
  };
}

/** Resolves once the work already queued (the last keystroke, a save's re-render) has run and painted. */
const settled = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))))));

interface SaveRound extends MainThreadWork {
  calls: string[];
  /** How long the window stayed open. */
  windowMs: number;
}

/** Types a few characters, lets the autosave write them, and returns the main thread's work from just before the save to the save painted. */
async function oneSave(page: Page, cdp: CDPSession, apiCalls: string[], round: number): Promise<SaveRound | 'late'> {
  const saved = page.waitForResponse((response) => response.url().endsWith('/api/saveCapsuleContent'));
  // Awaited below; a failure on the way must not leave it rejecting unhandled when the browser closes.
  saved.catch(() => undefined);
  await page.evaluate(() => performance.clearResourceTimings());
  await page.keyboard.type(` mot${round}`);
  // Open the window shortly before the autosave fires (AUTOSAVE_DELAY_MS after the last key), so it
  // holds little of what the page runs anyway (the caret's blink repaints twice a second).
  await page.evaluate((wait) => new Promise((resolve) => setTimeout(resolve, wait)), AUTOSAVE_DELAY_MS - WINDOW_LEAD_MS);
  const callsBefore = apiCalls.length;
  const trace = await traceMainThread(cdp);
  const openedAt = Date.now();
  const windowOpened = await page.evaluate(() => performance.now());
  await saved;
  await page.getByTestId('save-status').and(page.locator('.save-indicator--saved')).waitFor();
  await settled(page);
  const work = await trace.stop();
  // The window must open before the save starts, or it would miss its first task.
  const saveStarted = await page.evaluate(() => performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/api/saveCapsuleContent'))?.startTime ?? 0);
  if (saveStarted < windowOpened) return 'late';
  return { ...work, calls: apiCalls.slice(callsBefore), windowMs: Date.now() - openedAt };
}

/** A window as long without a save: what the page runs anyway (the caret's blink). */
async function idleWindow(page: Page, cdp: CDPSession, durationMs: number): Promise<MainThreadWork> {
  await settled(page);
  const trace = await traceMainThread(cdp);
  await page.evaluate((wait) => new Promise((resolve) => setTimeout(resolve, wait)), durationMs);
  await settled(page);
  return trace.stop();
}

async function measureCourse(scale: number, dir: string): Promise<boolean> {
  const course = await generateLargeCourse({ dir, mediaBytes: 1024 * 1024, scale });
  const largest = [...course.document.capsules].sort((a, b) => JSON.stringify(b.content).length - JSON.stringify(a.content).length)[0]!;
  const workspaceDir = path.join(dir, 'workspace');
  const appDataDir = path.join(dir, 'app-data');
  mkdirSync(workspaceDir);
  mkdirSync(appDataDir);
  const server = await startServer({ projectPath: course.projectPath, workspaceDir, appDataDir, resourcesDir: path.join(root, 'resources'), rendererDir: path.join(root, 'out/renderer') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR' });
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const method = /\/api\/(\w+)$/.exec(new URL(request.url()).pathname)?.[1];
      if (method) apiCalls.push(method);
    });
    await page.goto(server.launchUrl);
    await page.getByTestId('outline-capsule').first().waitFor({ timeout: 120_000 });
    // The outline renders only the rows near the screen: the search brings the capsule into view.
    await page.getByRole('searchbox').fill(largest.title);
    await page.getByTestId('outline-capsule').filter({ hasText: largest.title }).first().dblclick();
    await page.getByTestId('capsule-content').waitFor();
    await page.getByTestId('capsule-content').locator('p').first().click();
    await page.keyboard.press('End');
    const cdp = await page.context().newCDPSession(page);

    // A first save warms the path up (lazy chunks, JIT), as after the designer's first pause.
    await oneSave(page, cdp, apiCalls, 0);
    const rounds: SaveRound[] = [];
    let late = 0;
    for (let round = 1; rounds.length < SAVES && round <= SAVES * 2; round += 1) {
      const result = await oneSave(page, cdp, apiCalls, round);
      if (result === 'late') late += 1;
      else rounds.push(result);
    }
    const windowMs = median(rounds.map((round) => round.windowMs));
    const idle: MainThreadWork[] = [];
    for (let round = 0; round < 5; round += 1) idle.push(await idleWindow(page, cdp, windowMs));

    const cpu = rounds.map((round) => round.cpuMs);
    const wall = rounds.map((round) => round.wallMs);
    const calls = rounds.flatMap((round) => round.calls);
    const outlineReads = calls.filter((call) => call === 'getOutline').length;
    const callCounts = [...new Set(calls)].map((call) => `${call} × ${calls.filter((seen) => seen === call).length}`).join(', ');
    const pass = rounds.length === SAVES && median(cpu) < BUDGET_MS && outlineReads === 0;
    console.log(
      `autosave: ${scale}× course (${course.document.capsules.length} capsules), largest capsule "${largest.title}" (${JSON.stringify(largest.content).length} chars of JSON), ${rounds.length} saves` +
        `${late ? ` (${late} more dropped: the save started before the window opened)` : ''}: ` +
        `main-thread CPU per save median ${ms(median(cpu))}, p90 ${ms(percentile(cpu, 0.9))}, max ${ms(Math.max(...cpu))}; ` +
        `wall time of those tasks median ${ms(median(wall))}, p90 ${ms(percentile(wall, 0.9))}; ` +
        `same window (${windowMs.toFixed(0)} ms) without a save: CPU median ${ms(median(idle.map((window) => window.cpuMs)))}; ` +
        `API calls during the saves: ${callCounts || 'none'}; outline reads ${outlineReads}; ` +
        `${pass ? 'PASS' : 'FAIL'} (target: CPU median < ${BUDGET_MS} ms, no outline read); ${loadNote()}`,
    );
    return pass;
  } finally {
    await browser.close();
    await server.close();
  }
}

runEachScale('autosave', measureCourse);
