import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFirstScreenThread, type FirstScreenThread } from '../../../electron/server/firstScreenThread';

/**
 * A stand-in for the renderer's server bundle (out/server/firstScreen.cjs, exercised by
 * firstScreenPage.test.ts and the e2e tests): its behaviour is set by its source, and it counts its renders.
 */
function bundle(renderBody: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'spoc-first-screen-')), 'firstScreen.cjs');
  writeFileSync(file, `let renders = 0;\nexports.renderFirstScreen = async (language, reads, screenHeight) => { renders += 1; ${renderBody} };`);
  return file;
}

async function whenReady(thread: FirstScreenThread): Promise<void> {
  await vi.waitFor(() => expect(thread.isReady()).toBe(true), { timeout: 10_000, interval: 10 });
}

describe('the first screen thread', () => {
  const started: FirstScreenThread[] = [];
  const start = (file: string) => {
    const thread = startFirstScreenThread(file);
    if (thread) started.push(thread);
    return thread;
  };
  afterEach(async () => {
    await Promise.all(started.splice(0).map((thread) => thread.close()));
    vi.restoreAllMocks();
  });

  it('answers null while it starts, then the markup the bundle renders from the reads, in the language asked', async () => {
    const thread = start(bundle('return `<p lang="${language}">${reads.getSession.title} #${renders}</p>`;'))!;
    expect(await thread.render({ language: 'fr', screenHeight: 900 }, JSON.stringify({ getSession: { title: 'Parcours' } }))).toBeNull();
    await whenReady(thread);
    expect(await thread.render({ language: 'en', screenHeight: 900 }, JSON.stringify({ getSession: { title: 'Parcours' } }))).toBe('<p lang="en">Parcours #1</p>');
  });

  it('gives the last markup again for the same reads in the same language for the same height, and renders anew for others', async () => {
    const thread = start(bundle('return `${language} ${screenHeight} ${reads.n} #${renders}`;'))!;
    await whenReady(thread);
    expect(await thread.render({ language: 'fr', screenHeight: 900 }, '{"n":1}')).toBe('fr 900 1 #1');
    expect(await thread.render({ language: 'fr', screenHeight: 900 }, '{"n":1}')).toBe('fr 900 1 #1');
    expect(await thread.render({ language: 'en', screenHeight: 900 }, '{"n":1}')).toBe('en 900 1 #2');
    expect(await thread.render({ language: 'en', screenHeight: 1200 }, '{"n":1}')).toBe('en 1200 1 #3');
    expect(await thread.render({ language: 'en', screenHeight: 1200 }, '{"n":2}')).toBe('en 1200 2 #4');
  });

  it('gives the last markup again at once, without waiting for the thread, even while it renders another', async () => {
    const thread = start(bundle('if (reads.busy) { const end = Date.now() + 600; while (Date.now() < end); } return `${reads.n} #${renders}`;'))!;
    await whenReady(thread);
    expect(await thread.render({ language: 'fr', screenHeight: 900 }, '{"n":1}')).toBe('1 #1');
    const busy = thread.render({ language: 'fr', screenHeight: 900 }, '{"n":2,"busy":true}');
    const again = thread.render({ language: 'fr', screenHeight: 900 }, '{"n":1}');
    expect(await Promise.race([again, busy.then(() => 'after the other render')])).toBe('1 #1');
    expect(await busy).toBe('2 #2');
  });

  it('answers null, and says why on the console, when the bundle fails to render', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const thread = start(bundle("throw new Error('no outline');"))!;
    await whenReady(thread);
    expect(await thread.render({ language: 'fr', screenHeight: 900 }, '{}')).toBeNull();
    expect(warned.mock.calls.join(' ')).toContain('no outline');
  });

  it('answers null from then on when its thread has stopped, and whatever was waiting', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const thread = start(bundle('if (reads.stop) process.exit(3); return new Promise(() => {});'))!;
    await whenReady(thread);
    const waiting = thread.render({ language: 'fr', screenHeight: 900 }, '{"n":1}');
    expect(await thread.render({ language: 'fr', screenHeight: 900 }, '{"stop":true}')).toBeNull();
    expect(await waiting).toBeNull();
    expect(thread.isReady()).toBe(false);
    expect(await thread.render({ language: 'fr', screenHeight: 900 }, '{"n":2}')).toBeNull();
  });

  it('answers null for a render that takes longer than a second (the page then renders its first screen itself)', async () => {
    const thread = start(bundle('return new Promise(() => {});'))!;
    await whenReady(thread);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const late = thread.render({ language: 'fr', screenHeight: 900 }, '{}');
      await vi.advanceTimersByTimeAsync(999);
      expect(await Promise.race([late, 'still waiting'])).toBe('still waiting');
      await vi.advanceTimersByTimeAsync(1);
      expect(await late).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts no thread when the bundle is not built', () => {
    expect(startFirstScreenThread(path.join(tmpdir(), 'no-such-dir', 'firstScreen.cjs'))).toBeNull();
  });
});
