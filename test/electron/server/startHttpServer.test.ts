import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startHttpServer, type RunningServer } from '../../../electron/server/startHttpServer';
import { fakeAppApi } from './fakeAppApi';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests control the Host header that fetch would set for us. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // A fresh connection each time: a kept-alive one may be closed by an earlier refusal, resetting the next request.
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode HTTP server', () => {
  let root: string;
  let server: RunningServer;
  /** The session cookie the launch address gave this test's "browser". */
  let cookie: string;
  const { api, calls } = fakeAppApi();

  const call = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    send(`${server.url}api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-spoc-token': server.token, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'spoc-server-'));
    const rendererDir = path.join(root, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export {}');
    writeFileSync(path.join(rendererDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(root, 'secret.txt'), 'private');
    const exportsDir = path.join(root, 'workspace', 'exports');
    mkdirSync(exportsDir, { recursive: true });
    writeFileSync(path.join(exportsDir, 'Mon cours SCORM 1.2.zip'), 'PK-zip-bytes');
    writeFileSync(path.join(root, 'workspace', 'project.spoc'), 'sqlite');
    symlinkSync(path.join(root, 'workspace', 'project.spoc'), path.join(exportsDir, 'lien.zip'));
    server = await startHttpServer({ api, rendererDir, exportsDir });
    const launched = await send(server.launchUrl);
    cookie = String(launched.headers['set-cookie']).split(';')[0]!;
  });

  afterAll(() => server.close());

  it('listens on 127.0.0.1 only: other interfaces of the machine refuse the connection', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const port = new URL(server.url).port;
    const otherAddresses = Object.values(networkInterfaces())
      .flat()
      .filter((entry) => entry !== undefined && !entry.internal && !entry.address.startsWith('fe80'))
      .map((entry) => (entry?.family === 'IPv6' ? `[${entry.address.split('%')[0]}]` : entry?.address));
    for (const address of [...otherAddresses, '[::1]']) {
      await expect(send(`http://${address}:${port}/`, { headers: { host: `127.0.0.1:${port}` } }), address).rejects.toThrow();
    }
  });

  it('gives the page only to the browser that opened the one-time launch address', async () => {
    const refused = await send(server.url);
    expect(refused.status).toBe(401);
    expect(refused.body).not.toContain(server.token);
    expect((await send(server.url, { headers: { cookie: `${cookie.split('=')[0]}=forged` } })).status).toBe(401);
    const reused = await send(server.launchUrl);
    expect(reused.status).toBe(403);
    expect(reused.headers['set-cookie']).toBeUndefined();

    const other = await startHttpServer({ api, rendererDir: path.join(root, 'renderer'), exportsDir: root });
    const launched = await send(other.launchUrl);
    expect(launched.status).toBe(303);
    expect(launched.headers.location).toBe('/');
    expect(String(launched.headers['set-cookie'])).toMatch(/^spoc-session-\d+=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/);
    // Cookies go to every port of a host: another launch's session opens nothing here.
    expect((await send(server.url, { headers: { cookie: String(launched.headers['set-cookie']).split(';')[0]! } })).status).toBe(401);
    await other.close();
  });

  it('serves index.html with the per-launch token in a meta tag, and the CSP', async () => {
    const response = await send(server.url, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.body).toContain(`<meta name="spoc-token" content="${server.token}">`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves index.html as rebuilt while it runs', async () => {
    const indexPath = path.join(root, 'renderer', 'index.html');
    const built = readFileSync(indexPath, 'utf8');
    try {
      expect((await send(server.url, { headers: { cookie } })).body).not.toContain('rebuilt');
      writeFileSync(indexPath, built.replace('<body>', '<body><p>rebuilt</p>'));
      // A rebuild a moment later: a modification time of its own, whatever the filesystem's resolution.
      utimesSync(indexPath, new Date(), new Date(Date.now() + 5_000));
      expect((await send(server.url, { headers: { cookie } })).body).toContain('<p>rebuilt</p>');
    } finally {
      writeFileSync(indexPath, built);
    }
  });

  it('gives each launch its own token', async () => {
    const other = await startHttpServer({ api, rendererDir: path.join(root, 'renderer'), exportsDir: root });
    expect(other.token).not.toBe(server.token);
    await other.close();
  });

  it('serves assets with their MIME type', async () => {
    expect((await send(`${server.url}assets/app.css`)).headers['content-type']).toMatch(/^text\/css/);
    expect((await send(`${server.url}assets/app.js`)).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('lets the browser keep the hashed assets (a reopen reads them and their code cache from its cache), not the other files', async () => {
    expect((await send(`${server.url}assets/app.js`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send(`${server.url}favicon.svg`)).headers['cache-control']).toBeUndefined();
  });

  it('round-trips a real call: JSON in, envelope out', async () => {
    const response = await call('addModule', { title: 'Communiquer efficacement' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: { method: 'addModule', input: { title: 'Communiquer efficacement' } } });
  });

  it('answers 401 without a token and 403 with a wrong one, before touching the services', async () => {
    const before = calls.length;
    const missing = await send(`${server.url}api/getSession`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await call('getSession', {}, { 'x-spoc-token': `${server.token.slice(0, -1)}x` })).status).toBe(403);
    expect((await call('getSession', {}, { 'x-spoc-token': 'short' })).status).toBe(403);
    expect(calls.length).toBe(before);
  });

  it('refuses any Host that is not 127.0.0.1 or localhost on our port (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    for (const host of ['evil.example.com', `evil.example.com:${port}`, '127.0.0.1:1', `127.0.0.1.nip.io:${port}`]) {
      expect((await send(server.url, { headers: { host } })).status, host).toBe(403);
      expect((await call('getSession', {}, { host })).status, host).toBe(403);
    }
    expect((await send(server.url, { headers: { host: `localhost:${port}`, cookie } })).status).toBe(200);
  });

  it('refuses API calls sent from another origin', async () => {
    expect((await call('getSession', {}, { origin: 'https://evil.example.com' })).status).toBe(403);
    expect((await call('getSession', {}, { origin: server.url.slice(0, -1) })).status).toBe(200);
  });

  it('rejects an invalid payload with invalid-input', async () => {
    const wrongShape = JSON.parse((await call('addModule', { title: 42 })).body);
    expect(wrongShape).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(wrongShape.error.message).toMatch(/title/);
    const notJson = await call('addModule', '{"title": ');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('requires content-type application/json (no simple cross-site form posts)', async () => {
    const response = await call('getSession', '{}', { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
  });

  it('answers 404 for unknown methods, including inherited property names', async () => {
    for (const method of ['dropDatabase', '__proto__', 'constructor', 'toString']) {
      const response = await call(method, {});
      expect(response.status, method).toBe(404);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  });

  it('answers 405 to GET on the API', async () => {
    expect((await send(`${server.url}api/getSession`, { headers: { 'x-spoc-token': server.token } })).status).toBe(405);
  });

  it('refuses bodies over the size limit with a clear 413', async () => {
    const huge = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
    const response = await call('getSession', huge);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body).error.message).toMatch(/larger than 20 MB/);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const target of ['..%2fsecret.txt', '%2e%2e/secret.txt', 'assets/..%2f..%2fsecret.txt', '..%5csecret.txt', '%00index.html']) {
      const response = await send(`${server.url}${target}`);
      expect(response.status, target).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain('private');
    }
  });

  it('lets the page download an export with the token as a query parameter', async () => {
    const url = `${server.url}exports/${encodeURIComponent('Mon cours SCORM 1.2.zip')}`;
    expect((await send(url)).status).toBe(401);
    expect((await send(`${url}?token=wrong`)).status).toBe(403);
    const response = await send(`${url}?token=${server.token}`);
    expect(response.status).toBe(200);
    expect(response.body).toBe('PK-zip-bytes');
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''Mon%20cours%20SCORM%201.2.zip");
  });

  it('hands out only files directly inside the exports folder, never through a symbolic link', async () => {
    for (const name of ['..%2fproject.spoc', '%2e%2e%2fproject.spoc', '..%5cproject.spoc', '%2e%2e', 'missing.zip', 'lien.zip']) {
      const response = await send(`${server.url}exports/${name}?token=${server.token}`);
      // "/exports/%2e%2e" is normalised by URL parsing to "/", the page itself.
      if (name !== '%2e%2e') expect(response.status, name).toBe(404);
      expect(response.body).not.toContain('sqlite');
    }
  });
});
