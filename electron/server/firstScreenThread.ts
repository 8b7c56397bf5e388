import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { FirstScreenRequest } from '../../shared/api/firstScreen';

// Plain JavaScript run as is (eval) by the thread: it loads the renderer's server bundle (React DOM's
// server renderer and the app, built by scripts/build.mjs from renderer/firstScreen) and renders
// each first screen it is asked for. On a thread of its own, loading it (~20 ms) and rendering
// (~10–30 ms) never hold up the API, and the server starts as fast as without it.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { renderFirstScreen } = require(workerData.bundle);
parentPort.on('message', ({ id, language, screenHeight, readsJson }) => {
  renderFirstScreen(language, JSON.parse(readsJson), screenHeight).then(
    (html) => parentPort.postMessage({ id, html }),
    (error) => parentPort.postMessage({ id, failure: String((error && error.stack) || error) }),
  );
});
parentPort.postMessage({ ready: true });
`;

/** A first screen not rendered within this is left out: the page renders it itself, a little later. */
const RENDER_WAIT_MS = 1_000;

type ThreadMessage = { ready: true } | { id: number; html: string } | { id: number; failure: string };

export interface FirstScreenThread {
  /** False while the thread is starting, and after it failed. */
  isReady(): boolean;
  /** The root's markup for these reads (as JSON), asked as the request asks; null while the thread is starting, or when it failed (the page then renders it). */
  render(request: FirstScreenRequest, readsJson: string): Promise<string | null>;
  close(): Promise<void>;
}

/** Starts the thread that renders first screens from the bundle at bundlePath; none when it is not built (a checkout without `npm run build`). */
export function startFirstScreenThread(bundlePath: string): FirstScreenThread | null {
  if (!existsSync(bundlePath)) return null;
  let ready = false;
  let stopped = false;
  let nextId = 0;
  const waiting = new Map<number, (html: string | null) => void>();
  // The same reads in the same language for the same screen height render the same markup: a page
  // reopened with nothing changed gets the last one, without waking the thread (on a busy machine,
  // each thread hop can wait for a CPU).
  let last: { language: string; screenHeight: number; readsJson: string; html: string } | undefined;
  const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { bundle: bundlePath } });
  // The server's own handles keep the process alive, not this thread.
  worker.unref();
  const stop = (why: unknown) => {
    if (stopped) return;
    stopped = true;
    console.warn(`The first screen is rendered by the page from now on: ${why instanceof Error ? why.message : String(why)}`);
    for (const answer of waiting.values()) answer(null);
    waiting.clear();
  };
  worker.on('error', stop);
  worker.on('exit', (code) => stop(`its thread ended (exit code ${code})`));
  worker.on('message', (message: ThreadMessage) => {
    if ('ready' in message) return void (ready = true);
    const answer = waiting.get(message.id);
    waiting.delete(message.id);
    if ('failure' in message) console.warn(`A first screen could not be rendered: ${message.failure}`);
    answer?.('html' in message ? message.html : null);
  });
  return {
    isReady: () => ready && !stopped,
    render({ language, screenHeight }, readsJson) {
      if (!ready || stopped) return Promise.resolve(null);
      if (last && last.language === language && last.screenHeight === screenHeight && last.readsJson === readsJson) return Promise.resolve(last.html);
      const id = nextId++;
      return new Promise((resolve) => {
        const late = setTimeout(() => {
          waiting.delete(id);
          resolve(null);
        }, RENDER_WAIT_MS);
        waiting.set(id, (html) => {
          clearTimeout(late);
          if (html !== null) last = { language, screenHeight, readsJson, html };
          resolve(html);
        });
        worker.postMessage({ id, language, screenHeight, readsJson });
      });
    },
    async close() {
      stopped = true;
      await worker.terminate();
    },
  };
}
