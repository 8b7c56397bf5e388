import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Readable } from 'node:stream';
import { createAppProtocolHandler, isAppUrl, registerAppScheme } from '../../../electron/main/appProtocol';
import { PreviewStore } from '../../../electron/services/preview/previewStore';

describe('app:// protocol', () => {
  let root: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'spoc-protocol-'));
    const rendererDir = path.join(root, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>SPOC</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'secret.txt'), 'private');
    handle = createAppProtocolHandler(rendererDir);
  });

  it('serves the UI with its MIME type and the CSP', async () => {
    const response = await handle(new Request('app://spoc/assets/index-abc.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html for the root', async () => {
    const response = await handle(new Request('app://spoc/'));
    expect(await response.text()).toContain('<title>SPOC</title>');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of ['app://spoc/%2e%2e/secret.txt', 'app://spoc/..%2fsecret.txt', 'app://spoc/assets/..%2f..%2fsecret.txt', 'app://spoc/%2E%2E%5Csecret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status, url).not.toBe(200);
      expect(await response.text()).not.toContain('private');
    }
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await handle(new Request('app://spoc/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://spoc/assets'))).status).toBe(404);
  });

  it('refuses another host of the scheme and writes', async () => {
    expect((await handle(new Request('app://other/index.html'))).status).toBe(403);
    expect((await handle(new Request('app://spoc/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('recognises only our own origin', () => {
    expect(isAppUrl('app://spoc/index.html')).toBe(true);
    expect(isAppUrl('app://spoc.evil.com/index.html')).toBe(false);
    expect(isAppUrl('app://user@spoc/index.html')).toBe(false);
    expect(isAppUrl('https://spoc/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('garbage')).toBe(false);
  });

  it('registers the scheme as standard and secure before the app is ready', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }),
    ]);
  });

  it('serves the files of a preview under its key, media streamed from the project', async () => {
    const previews = new PreviewStore();
    const sha = 'c'.repeat(64);
    const key = previews.add({
      files: new Map([
        ['sco-1/index.html', { path: 'sco-1/index.html', kind: 'text', content: '<title>Aperçu</title>' }],
        [`media/${sha}.png`, { path: `media/${sha}.png`, kind: 'media', sha256: sha, size: 3, crc32: 0 }],
      ]),
      openMedia: () => Readable.from([Buffer.from('png')]),
    });
    const withPreviews = createAppProtocolHandler(path.join(root, 'renderer'), previews);
    const page = await withPreviews(new Request(`app://spoc/preview/${key}/sco-1/index.html`));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(await page.text()).toBe('<title>Aperçu</title>');
    const image = await withPreviews(new Request(`app://spoc/preview/${key}/media/${sha}.png`));
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(await image.text()).toBe('png');
    expect((await withPreviews(new Request(`app://spoc/preview/${'0'.repeat(32)}/sco-1/index.html`))).status).toBe(404);
    expect((await handle(new Request(`app://spoc/preview/${key}/sco-1/index.html`))).status).toBe(404);
  });
  it('serves an LMS test on app://lms-test only, an origin apart from the app, framable by the app only', async () => {
    const previews = new PreviewStore();
    const key = previews.add({
      purpose: 'lms-test',
      files: new Map([['launcher.html', { path: 'launcher.html', kind: 'text', content: '<title>LMS</title>' }]]),
      openMedia: () => Readable.from([]),
    });
    const withTests = createAppProtocolHandler(path.join(root, 'renderer'), previews);
    const page = await withTests(new Request(`app://lms-test/lms-test/${key}/launcher.html`));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self' app://spoc");
    expect(await page.text()).toBe('<title>LMS</title>');
    expect((await withTests(new Request(`app://spoc/preview/${key}/launcher.html`))).status).toBe(404);
    expect((await withTests(new Request(`app://lms-test/lms-test/${key}/%2e%2e/launcher.html`))).status).toBe(404);
    expect((await withTests(new Request('app://lms-test/index.html'))).status).toBe(404);
  });
});
