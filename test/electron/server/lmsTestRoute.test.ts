import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../../electron/server/startHttpServer';
import { PreviewStore } from '../../../electron/services/preview/previewStore';
import { fakeAppApi } from './fakeAppApi';

describe('LMS test files over HTTP', () => {
  let root: string;
  let server: RunningServer;
  let lmsKey: string;
  let previewKey: string;
  const previews = new PreviewStore();

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'spoc-lms-test-'));
    const rendererDir = path.join(root, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    lmsKey = previews.add({
      purpose: 'lms-test',
      files: new Map([
        ['launcher.html', { path: 'launcher.html', kind: 'text', content: '<!doctype html><title>LMS</title>' }],
        ['packages/1/sco-1/index.html', { path: 'packages/1/sco-1/index.html', kind: 'text', content: '<title>SCO</title>' }],
      ]),
      openMedia: () => Readable.from([]),
    });
    previewKey = previews.add({
      files: new Map([['sco-1/index.html', { path: 'sco-1/index.html', kind: 'text', content: '<title>Aperçu</title>' }]]),
      openMedia: () => Readable.from([]),
    });
    server = await startHttpServer({ api: fakeAppApi().api, rendererDir, exportsDir: path.join(root, 'exports'), previews });
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const port = () => new URL(server.url).port;
  // The renderer frames the test LMS from the server's other name: an origin apart from the app's.
  const get = (pathname: string) => fetch(`http://localhost:${port()}/${pathname}`);

  it('serves the test LMS page and its package files on their own origin, framable by the app only, never sandboxed away from each other', async () => {
    const response = await get(`lms-test/${lmsKey}/packages/1/sco-1/index.html`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`frame-ancestors 'self' http://127.0.0.1:${port()} http://localhost:${port()}`);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('sandbox');
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(await response.text()).toBe('<title>SCO</title>');
  });

  it('lets the app page frame the test LMS origin', async () => {
    const session = await fetch(server.launchUrl, { redirect: 'manual' });
    const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
    const page = await fetch(server.url, { headers: { cookie } });
    expect(page.headers.get('content-security-policy')).toContain(`frame-src 'self' http://127.0.0.1:${port()} http://localhost:${port()}`);
  });

  it('refuses unknown keys, paths outside the test, previews under the LMS test route and LMS tests under the preview route', async () => {
    const gone = await get(`lms-test/${'0'.repeat(32)}/launcher.html`);
    expect(gone.status).toBe(404);
    // Catalogued, so the page can say it in the user's language.
    expect(await gone.json()).toMatchObject({ ok: false, error: { code: 'not-found', text: { key: 'lmsTestGone' } } });
    expect((await get(`lms-test/${lmsKey}/packages/1/sco-1/%2e%2e/%2e%2e/launcher.html`)).status).toBe(404);
    expect((await get(`lms-test/${lmsKey}/packages/1/..%2f..%2flauncher.html`)).status).toBe(404);
    expect((await get(`lms-test/${previewKey}/sco-1/index.html`)).status).toBe(404);
    expect((await get(`preview/${lmsKey}/launcher.html`)).status).toBe(404);
    expect((await fetch(`http://localhost:${port()}/lms-test/${lmsKey}/launcher.html`, { method: 'POST' })).status).toBe(404);
  });
});
