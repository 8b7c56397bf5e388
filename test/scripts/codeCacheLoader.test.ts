import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const loader = path.resolve(__dirname, '../../scripts/codeCacheLoader.cjs');
const runner = path.resolve(__dirname, '../../scripts/runWithCodeCache.cjs');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'spoc-code-cache-'));
  copyFileSync(loader, path.join(dir, 'serve.cjs'));
  copyFileSync(runner, path.join(dir, 'runWithCodeCache.cjs'));
  // A stand-in for the bundle: it sees its own file name and folder, and can require Node modules.
  writeFileSync(
    path.join(dir, 'serveApp.cjs'),
    `const path = require('node:path'); console.log(path.basename(__filename), __dirname === ${JSON.stringify(dir)}, process.argv.slice(2).join(' '));`,
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = () => spawnSync(process.execPath, [path.join(dir, 'serve.cjs'), 'cours.spoc', '--port', '0'], { encoding: 'utf8' });
const cacheFile = () => path.join(dir, 'serveApp.cjs.v8cache');

describe('browser-mode loader with a code cache', () => {
  it('runs the bundle as its own module, keeps V8 code on the first run and starts from it the next time', () => {
    const first = run();
    expect(first.stdout).toBe('serveApp.cjs true cours.spoc --port 0\n');
    expect(existsSync(cacheFile())).toBe(true);
    const written = statSync(cacheFile()).mtimeMs;

    const second = run();
    expect(second.stdout).toBe(first.stdout);
    expect(statSync(cacheFile()).mtimeMs).toBe(written);
  });

  it('ignores a cache that does not match the bundle and replaces it', () => {
    writeFileSync(cacheFile(), 'not a V8 cache');
    expect(run().stdout).toBe('serveApp.cjs true cours.spoc --port 0\n');
    expect(readFileSync(cacheFile()).toString()).not.toBe('not a V8 cache');
  });

  it('never runs the code kept for another bundle of the same length (an update)', () => {
    const bundle = path.join(dir, 'serveApp.cjs');
    writeFileSync(bundle, "console.log('version A');");
    expect(run().stdout).toBe('version A\n');
    writeFileSync(bundle, "console.log('version B');");
    expect(run().stdout).toBe('version B\n');
  });
});
