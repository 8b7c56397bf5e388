// `npm start [FILE.spoc] [--port N]`: opens SPOC Studio in the Electron window, or in browser mode
// (printing the address) when the Electron binary is missing or cannot be downloaded, or when
// SPOC_BROWSER=1. Builds out/ first if it is not there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
// The electron package fetches its binary on first use; a machine without network says no at once,
// the timeout only guards against a stalled download.
const ELECTRON_LOOKUP_TIMEOUT_MS = 120_000;

function ensureBuilt() {
  if (existsSync(path.join(root, 'out/server/serve.cjs')) && existsSync(path.join(root, 'out/renderer/index.html'))) return;
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron executable, or null with the reason when it cannot be had. */
function findElectron() {
  if (process.env.SPOC_BROWSER === '1') return { path: null, reason: 'SPOC_BROWSER=1' };
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const lookup = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    cwd: packageDir,
    encoding: 'utf8',
    timeout: ELECTRON_LOOKUP_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const executable = lookup.stdout?.trim();
  if (lookup.status === 0 && executable && existsSync(executable)) return { path: executable, reason: '' };
  return { path: null, reason: 'the Electron binary is missing and could not be downloaded' };
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

ensureBuilt();
const electron = findElectron();
if (electron.path) {
  run(electron.path, [root, ...args]);
} else {
  console.log(`SPOC Studio opens in browser mode (${electron.reason}).`);
  run(process.execPath, [path.join(root, 'out/server/serve.cjs'), ...args]);
}
