import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../../electron/server/startHttpServer';
import { fakeAppApi } from './fakeAppApi';

const OTHER_USER = 'spoc-other-user';
const isRoot = process.getuid?.() === 0;

/** Makes a second local account once (root only); false with the reason printed when it cannot. */
function otherUserExists(): boolean {
  try {
    execFileSync('id', [OTHER_USER], { stdio: 'pipe' });
    return true;
  } catch {
    try {
      execFileSync('useradd', ['--no-create-home', '--shell', '/usr/sbin/nologin', OTHER_USER], { stdio: 'pipe' });
      return true;
    } catch (error) {
      console.warn(`skipped: cannot add a second Unix user (${String(error).split('\n')[0]})`);
      return false;
    }
  }
}

/** What another account of the machine gets from the server: status codes of its attempts, in a process running as that user. */
async function attemptsAs(user: string, server: RunningServer): Promise<Record<string, number>> {
  const script = `
    const { request } = require('node:http');
    const go = (url, method, headers = {}, body) => new Promise((resolve) => {
      const req = request(url, { method, headers, agent: false }, (res) => { res.resume(); resolve(res.statusCode); });
      req.on('error', () => resolve(0));
      req.end(body);
    });
    (async () => {
      const base = ${JSON.stringify(server.url)};
      const results = {
        page: await go(base, 'GET'),
        launchAgain: await go(${JSON.stringify(server.launchUrl)}, 'GET'),
        apiWithoutToken: await go(base + 'api/getSession', 'POST', { 'content-type': 'application/json' }, '{}'),
        apiWithGuessedToken: await go(base + 'api/getSession', 'POST', { 'content-type': 'application/json', 'x-spoc-token': 'a'.repeat(43) }, '{}'),
        whoami: process.getuid(),
      };
      process.stdout.write(JSON.stringify(results));
    })();`;
  // Asynchronous: the server answering these requests runs in this very process.
  const { stdout } = await promisify(execFile)('runuser', ['-u', user, '--', process.execPath, '-e', script], { encoding: 'utf8', cwd: '/' });
  return JSON.parse(stdout);
}

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; cookie: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie'] ?? '').split(';')[0]!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!isRoot)('browser mode on a machine shared with other accounts (needs root to add a user)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spoc-users-'));
    mkdirSync(path.join(root, 'renderer'));
    writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    server = await startHttpServer({ api: fakeAppApi().api, rendererDir: path.join(root, 'renderer'), exportsDir: root });
  });
  afterAll(() => server?.close());

  it('lets in only the person who started the app: another Unix user gets neither the page, nor its token, nor the API', async () => {
    if (!otherUserExists()) return;
    const mine = await get(server.launchUrl);
    expect(mine.status).toBe(303);
    const page = await get(server.url, { cookie: mine.cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain(server.token);

    const theirs = await attemptsAs(OTHER_USER, server);
    expect(theirs.whoami).not.toBe(0);
    expect(theirs).toMatchObject({ page: 401, launchAgain: 403, apiWithoutToken: 401, apiWithGuessedToken: 403 });
  });
});
