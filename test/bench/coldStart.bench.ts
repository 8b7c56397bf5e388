// Browser mode's cold start: from launching `node out/server/serve.cjs FILE` to the page a user gets
// from the address it prints (the one-time launch address, its redirect, then index.html with the
// session cookie), against a bare node HTTP server in a file of its own, launched the same way by the
// same parent and asked the same two requests in the same rounds (target: median < 2 × the bare
// server's). CPU time of each process (all its threads, from Linux's schedstat) is printed beside: on a loaded machine the
// wall clock mostly measures the share of the CPU each one got. Run after `npm run build`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/createServices';
import { loadNote, median } from './benchSupport';

const ROUNDS = Number(process.env.SPOC_BENCH_ROUNDS ?? 9);
const TARGET_RATIO = 2;
/** Answers like the app: the launch address redirects with a cookie, the page needs that cookie. */
const BARE_SERVER = `require('node:http')
  .createServer((request, response) => {
    if (request.url.startsWith('/?launch=')) return response.writeHead(303, { Location: '/', 'Set-Cookie': 'session=1' }).end();
    response.writeHead(request.headers.cookie === 'session=1' ? 200 : 401).end('<!doctype html><title>ok</title>');
  })
  .listen(0, '127.0.0.1', function () {
    console.log('ready: open http://127.0.0.1:' + this.address().port + '/?launch=secret');
  });
`;

interface Start {
  wallMs: number;
  /** CPU time the process used until it had answered, or NaN where the system does not say. */
  cpuMs: number;
}

function get(url: string, cookie?: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    http
      .get(url, cookie ? { headers: { cookie } } : {}, (response) => {
        response.resume();
        response.on('end', () => resolve(response));
      })
      .on('error', reject);
  });
}

/** Time all the process's threads have run on a CPU (first field of each /proc/PID/task/TID/schedstat, in ns), in ms. */
function cpuMillisOf(pid: number | undefined): number {
  try {
    const threads = readdirSync(`/proc/${pid}/task`);
    return threads.reduce((sum, thread) => sum + Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]), 0) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** From spawning node with args to the end of the page behind the launch address it prints. */
function timeFirstPage(args: string[]): Promise<Start> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} before answering`)));
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
      const launchUrl = /open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)?.[1];
      if (!launchUrl) return;
      child.stdout.removeAllListeners('data');
      void (async () => {
        const redirect = await get(launchUrl);
        const cookie = String(redirect.headers['set-cookie']?.[0] ?? '').split(';')[0];
        const page = await get(new URL(String(redirect.headers.location), launchUrl).href, cookie);
        const wallMs = performance.now() - start;
        const cpuMs = cpuMillisOf(child.pid);
        child.removeAllListeners('exit');
        child.kill();
        if (redirect.statusCode !== 303 || page.statusCode !== 200) throw new Error(`${args.join(' ')} answered ${redirect.statusCode} then ${page.statusCode}, not a redirect then the page`);
        resolve({ wallMs, cpuMs });
      })().catch(reject);
    });
  });
}

const summary = (starts: Start[], key: keyof Start) => `${starts.map((one) => one[key].toFixed(0)).join(' ')} ms (median ${median(starts.map((one) => one[key])).toFixed(0)})`;

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
    const bareServer = path.join(dir, 'bareServer.cjs');
    writeFileSync(bareServer, BARE_SERVER);

    const bare: Start[] = [];
    const app: Start[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      bare.push(await timeFirstPage([bareServer]));
      app.push(await timeFirstPage([path.resolve('out/server/serve.cjs'), projectPath, '--port', '0', '--workspace', dir, '--app-data', dir]));
    }
    const ratio = median(app.map((one) => one.wallMs)) / median(bare.map((one) => one.wallMs));
    const cpuRatio = median(app.map((one) => one.cpuMs)) / median(bare.map((one) => one.cpuMs));
    console.log(`coldStart: bare node server ${summary(bare, 'wallMs')}; CPU ${summary(bare, 'cpuMs')}`);
    console.log(`coldStart: SPOC Studio browser mode ${summary(app, 'wallMs')}; CPU ${summary(app, 'cpuMs')}`);
    console.log(`coldStart: ${ratio < TARGET_RATIO ? 'PASS' : 'FAIL'} ratio ${ratio.toFixed(2)} (CPU ${cpuRatio.toFixed(2)}), target < ${TARGET_RATIO}; ${loadNote()}`);
    if (ratio >= TARGET_RATIO) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
