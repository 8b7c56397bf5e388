// Runs every test/bench/*.bench.ts: each is bundled with esbuild into out/bench/<name>.cjs and run in
// its own `node --expose-gc` process, one after the other so they do not compete for the CPU. Each
// bench prints its own report and sets a non-zero exit code when it misses its target.
// Usage: node scripts/bench.mjs [--only NAME]   (NAME matches part of a bench file name)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const benchDir = path.join(root, 'test/bench');
const outDir = path.join(root, 'out/bench');

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
if (onlyIndex >= 0 && !only) {
  console.error('--only needs a bench name, e.g. --only projectOpen');
  process.exit(2);
}

const benches = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.slice(0, -'.bench.ts'.length))
  .filter((name) => !only || name.includes(only))
  .sort();
if (benches.length === 0) {
  console.error(only ? `No bench matches "${only}" in test/bench.` : 'No bench files in test/bench.');
  process.exit(2);
}

mkdirSync(outDir, { recursive: true });
const failed = [];
for (const name of benches) {
  console.log(`\n── bench ${name} ──`);
  const outfile = path.join(outDir, `${name}.cjs`);
  try {
    await build({
      entryPoints: [path.join(benchDir, `${name}.bench.ts`)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // A map beside the bundle, as the app ships (out/main): inline, its text stayed in every bench process and added ~55 MB to the RSS the benches measure.
      sourcemap: 'linked',
      external: ['better-sqlite3', 'electron', 'playwright-core'],
      logLevel: 'warning',
    });
  } catch (error) {
    console.error(`bench ${name}: bundling failed: ${error.message}`);
    failed.push(name);
    continue;
  }
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile], { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`bench ${name}: FAILED (exit ${run.status ?? run.signal}, ${seconds} s)`);
    failed.push(name);
  } else {
    console.log(`bench ${name}: ok (${seconds} s)`);
  }
}

console.log(`\nbenches: ${benches.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
process.exit(failed.length ? 1 : 0);
