// Browser mode's cold start: from launching `node out/server/serve.cjs FILE` to the first HTTP
// response, against a bare node HTTP server launched and asked the same way in the same rounds
// (target: median < 2 × the bare server's). Run after `npm run build`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/createServices';
import { loadNote, median } from './benchSupport';

const ROUNDS = Number(process.env.SPOC_BENCH_ROUNDS ?? 7);
const TARGET_RATIO = 2;
const BARE_SERVER = `require('node:http').createServer((request, response) => response.end('ok')).listen(0, '127.0.0.1', function () { console.log('ready: open http://127.0.0.1:' + this.address().port + '/'); });`;

/** Milliseconds from spawning node with args to the end of the first response to GET /. */
function timeFirstResponse(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before answering`)));
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (!port) return;
      child.stdout.removeAllListeners('data');
      http
        .get(`http://127.0.0.1:${port}/`, (response) => {
          response.resume();
          response.on('end', () => {
            const millis = performance.now() - start;
            child.removeAllListeners('exit');
            child.kill();
            resolve(millis);
          });
        })
        .on('error', reject);
    });
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-bench-start-'));
  try {
    const projectPath = path.join(dir, 'cours.spoc');
    const api = createServices({
      mode: 'browser',
      workspaceDir: dir,
      appDataDir: dir,
      resourcesDir: path.resolve('resources'),
      places: { chooseNewProjectPath: async () => projectPath, chooseProjectToOpen: async () => null, chooseExportPath: async () => null, chooseExportFolder: async () => null },
    });
    await api.createProject({ title: 'Démarrage', language: 'fr', template: 'four-weekly-modules' });
    api.dispose();

    const bare: number[] = [];
    const app: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      bare.push(await timeFirstResponse(['-e', BARE_SERVER]));
      app.push(await timeFirstResponse([path.resolve('out/server/serve.cjs'), projectPath, '--port', '0', '--workspace', dir, '--app-data', dir]));
    }
    const ratio = median(app) / median(bare);
    console.log(`coldStart: bare node server ${bare.map((ms) => ms.toFixed(0)).join(' ')} ms (median ${median(bare).toFixed(0)})`);
    console.log(`coldStart: SPOC Studio browser mode ${app.map((ms) => ms.toFixed(0)).join(' ')} ms (median ${median(app).toFixed(0)})`);
    console.log(`coldStart: ${ratio < TARGET_RATIO ? 'PASS' : 'FAIL'} ratio ${ratio.toFixed(2)}, target < ${TARGET_RATIO}; ${loadNote()}`);
    if (ratio >= TARGET_RATIO) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
