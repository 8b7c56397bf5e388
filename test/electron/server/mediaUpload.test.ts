import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../../electron/server/startHttpServer';
import type { MediaFileSource } from '../../../electron/services/serviceOptions';
import { fakeAppApi } from './fakeAppApi';

interface RawResponse {
  status: number;
  body: string;
}

/** A raw upload, so the test controls every header (fetch would set content-length and host itself). */
function upload(url: string, headers: Record<string, string>, body: Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}media-upload`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may refuse before reading the body and close the connection; the answer is what matters.
    req.on('error', (error) => (error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? undefined : reject(error)));
    req.end(body);
  });
}

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_UPLOAD = 64 * 1024;

describe('browser-mode media upload route', () => {
  let server: RunningServer;
  const received: Array<{ fileName: string; size: number | null; bytes: number }> = [];

  const headersFor = (fileName: string, overrides: Record<string, string> = {}) => ({
    'content-type': 'image/png',
    'x-spoc-token': server.token,
    'x-spoc-file-name': encodeURIComponent(fileName),
    ...overrides,
  });

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spoc-upload-'));
    mkdirSync(path.join(root, 'renderer'));
    writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    server = await startHttpServer({
      api: fakeAppApi().api,
      rendererDir: path.join(root, 'renderer'),
      exportsDir: root,
      maxUploadBytes: MAX_UPLOAD,
      async uploadMedia(source: MediaFileSource) {
        let bytes = 0;
        for await (const chunk of source.chunks()) bytes += chunk.length;
        received.push({ fileName: source.fileName, size: source.size, bytes });
        return { ok: true, value: { imported: [] } };
      },
    });
  });
  beforeEach(() => {
    received.length = 0;
  });
  afterAll(() => server.close());

  it('streams a good file to the import with its name and size', async () => {
    const body = Buffer.concat([PNG_HEAD, Buffer.alloc(40_000, 7)]);
    const response = await upload(server.url, headersFor('Schéma équipe.png'), body);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { imported: [] } });
    expect(received).toEqual([{ fileName: 'Schéma équipe.png', size: body.length, bytes: body.length }]);
  });

  it('refuses a file over the size limit from its content-length, before the import starts', async () => {
    const response = await upload(server.url, headersFor('huge.png'), Buffer.alloc(MAX_UPLOAD + 1));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.message).toContain('huge.png');
    expect(received).toEqual([]);
  });

  it('answers 401 without a token and 403 with a wrong one, and imports nothing', async () => {
    const body = Buffer.concat([PNG_HEAD, Buffer.alloc(10)]);
    const { 'x-spoc-token': _token, ...noToken } = headersFor('a.png');
    expect((await upload(server.url, noToken, body)).status).toBe(401);
    expect((await upload(server.url, headersFor('a.png', { 'x-spoc-token': `${server.token.slice(0, -1)}x` }), body)).status).toBe(403);
    expect((await upload(server.url, headersFor('a.png', { origin: 'https://evil.example.com' }), body)).status).toBe(403);
    expect(received).toEqual([]);
  });

  it('refuses unknown file types and a content-type that is not the one the name announces', async () => {
    const body = Buffer.from('#!/bin/sh\nrm -rf ~\n');
    const script = await upload(server.url, headersFor('install.sh', { 'content-type': 'application/x-sh' }), body);
    expect(script.status).toBe(415);
    expect(JSON.parse(script.body).error.message).toContain('is not a file the media library takes');
    const mismatched = await upload(server.url, headersFor('photo.png', { 'content-type': 'text/html' }), body);
    expect(mismatched.status).toBe(415);
    expect(JSON.parse(mismatched.body).error.message).toContain('must be sent as image/png');
    expect(received).toEqual([]);
  });

  it('refuses names with path tricks or control characters', async () => {
    const body = Buffer.concat([PNG_HEAD, Buffer.alloc(10)]);
    for (const name of ['../../etc/passwd.png', '..\\boot.png', 'a/b.png', 'bad\u0000name.png', '..png']) {
      const response = await upload(server.url, headersFor(name), body);
      expect(response.status, name).toBe(415);
    }
    const undecodable = await upload(server.url, { ...headersFor('x.png'), 'x-spoc-file-name': '%E0%A4%A' }, body);
    expect(undecodable.status).toBe(400);
    expect(received).toEqual([]);
  });

  it('is POST only', async () => {
    const response = await new Promise<number>((resolve, reject) => {
      request(`${server.url}media-upload`, { method: 'GET' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(response).toBe(405);
  });
});
