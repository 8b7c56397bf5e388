import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.join(__dirname, '../..');

/** Runs `npm start`'s script until it prints the browser-mode address, then stops it. */
function startUntilUrl(env: NodeJS.ProcessEnv): Promise<{ url: string; output: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-start-'));
  const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0', '--workspace', dir, '--app-data', dir], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  let output = '';
  let opened = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no address printed within 60 s:\n${output}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /open (http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]{43})/.exec(output)?.[1];
      if (!url || opened) return;
      opened = true;
      clearTimeout(timer);
      // The one-time launch address sets the session cookie the page needs.
      fetch(url, { redirect: 'manual' })
        .then(async (launch) => {
          expect(launch.status).toBe(303);
          const cookie = launch.headers.get('set-cookie')?.split(';')[0] ?? '';
          const response = await fetch(new URL('/', url), { headers: { cookie } });
          expect(response.status).toBe(200);
          expect(await response.text()).toContain('spoc-token');
          resolve({ url, output });
        })
        .catch(reject)
        .finally(() => child.kill('SIGTERM'));
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
}

/**
 * The electron package's own override of where its binary lives: an empty folder plays a machine
 * without the binary, a folder with a stand-in plays one with it, whatever this machine has installed.
 */
function electronDistWith(binary: string | null): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-electron-'));
  if (binary !== null) {
    writeFileSync(path.join(dir, 'electron'), binary);
    chmodSync(path.join(dir, 'electron'), 0o755);
  }
  return dir;
}

describe('npm start', () => {
  it('falls back to browser mode on 127.0.0.1 and prints the address when the Electron binary is missing', async () => {
    const { output } = await startUntilUrl({ SPOC_BROWSER: '', ELECTRON_OVERRIDE_DIST_PATH: electronDistWith(null) });
    expect(output).toMatch(/browser mode \(the Electron binary is missing/);
  }, 90_000);

  it('opens the Electron window on the app when the binary is there', async () => {
    const dist = electronDistWith('#!/bin/sh\necho "electron started with: $*"\n');
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0'], { cwd: root, env: { ...process.env, SPOC_BROWSER: '', ELECTRON_OVERRIDE_DIST_PATH: dist } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(output).toContain(`electron started with: ${root} --port 0`);
    expect(output).not.toMatch(/browser mode/);
  }, 90_000);

  it('opens browser mode straight away when SPOC_BROWSER=1', async () => {
    const { output } = await startUntilUrl({ SPOC_BROWSER: '1' });
    expect(output).toMatch(/browser mode \(SPOC_BROWSER=1\)/);
  }, 90_000);
});
