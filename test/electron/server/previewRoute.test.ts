import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../../electron/server/startHttpServer';
import { PreviewStore } from '../../../electron/services/preview/previewStore';
import { fakeAppApi } from './fakeAppApi';

const VIDEO_SHA = 'a'.repeat(64);

describe('preview files over HTTP', () => {
  let root: string;
  let server: RunningServer;
  let key: string;
  const previews = new PreviewStore();

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'spoc-preview-'));
    const rendererDir = path.join(root, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    key = previews.add({
      files: new Map([
        ['sco-1/index.html', { path: 'sco-1/index.html', kind: 'text', content: '<!doctype html><title>Écoute</title>' }],
        ['sco-1/course-data.js', { path: 'sco-1/course-data.js', kind: 'text', content: 'window.SPOC_DATA = {};\n' }],
        [`media/${VIDEO_SHA}.mp4`, { path: `media/${VIDEO_SHA}.mp4`, kind: 'media', sha256: VIDEO_SHA, size: 5, crc32: 0 }],
      ]),
      openMedia: (sha256) => {
        if (sha256 !== VIDEO_SHA) throw new Error('unexpected media');
        return Readable.from([Buffer.from('video')]);
      },
    });
    server = await startHttpServer({ api: fakeAppApi().api, rendererDir, exportsDir: path.join(root, 'exports'), previews });
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (pathname: string) => fetch(new URL(pathname, server.url));

  it('serves a preview page that only our own pages may frame', async () => {
    const response = await get(`preview/${key}/sco-1/index.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>Écoute</title>');
  });

  it('streams media from the project with their type and size', async () => {
    const response = await get(`preview/${key}/media/${VIDEO_SHA}.mp4`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('content-length')).toBe('5');
    expect(await response.text()).toBe('video');
  });

  it('refuses unknown keys, files outside the preview and other methods', async () => {
    expect((await get(`preview/${'0'.repeat(32)}/sco-1/index.html`)).status).toBe(404);
    expect((await get(`preview/${key}/sco-1/missing.js`)).status).toBe(404);
    expect((await get(`preview/${key}/sco-1/%2e%2e/%2e%2e/index.html`)).status).toBe(404);
    expect((await fetch(new URL(`preview/${key}/sco-1/index.html`, server.url), { method: 'POST' })).status).toBe(404);
  });

  it('forgets the oldest previews once more are kept', async () => {
    const first = previews.add({ files: new Map(), openMedia: () => Readable.from([]) });
    for (let index = 0; index < 8; index += 1) previews.add({ files: new Map(), openMedia: () => Readable.from([]) });
    expect(previews.get(first)).toBeUndefined();
    expect((await get(`preview/${key}/sco-1/index.html`)).status).toBe(404);
  });
});
