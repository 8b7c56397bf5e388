// The open-time check on a 2 GB project (issue 11, item 3): opening runs SQLite's integrity_check of
// every course table before the first screen (budget 1 s); the media chunks are read back in the
// background while writes wait. Reports both, median of a few cold-ish opens.
// SPOC_BENCH_OPEN_CHECK_MB sets the media size (default 2048); SPOC_BENCH_DIR the folder (default the OS temp).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ProjectFile } from '../../electron/services/project/projectFile';
import { loadNote, median } from './benchSupport';
import { generateLargeCourse } from '../support/generateLargeCourse';

const OPEN_BUDGET_MS = 1_000;
const RUNS = 5;
const MEDIA_MB = Number(process.env.SPOC_BENCH_OPEN_CHECK_MB ?? 2048);
const MB = 1024 * 1024;

const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(process.env.SPOC_BENCH_DIR ?? tmpdir(), 'spoc-bench-open-check-'));
  try {
    const course = await generateLargeCourse({ dir, mediaBytes: MEDIA_MB * MB, mediaFileCount: 20 });
    rmSync(course.mediaDir, { recursive: true, force: true });
    console.log(`project file ${(statSync(course.projectPath).size / MB).toFixed(0)} MB, ${course.document.media.length} media files`);
    for (const cache of ['warm', 'cold'] as const) await measure(course.projectPath, cache);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Cold: the file's pages are dropped from the page cache first (dd's nocache, this file only), as after a reboot. */
async function measure(projectPath: string, cache: 'warm' | 'cold'): Promise<void> {
  const openTimes: number[] = [];
  const checkTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    if (cache === 'cold') for (const file of [projectPath, `${projectPath}-wal`]) spawnSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0'], { stdio: 'ignore' });
    const start = performance.now();
    const project = ProjectFile.open(projectPath);
    const opened = performance.now();
    await project.whenChecked();
    const checked = performance.now();
    if (project.readOnly !== null) throw new Error(`the healthy project opened read-only (${project.readOnly})`);
    project.close();
    openTimes.push(opened - start);
    checkTimes.push(checked - opened);
  }
  console.log(`${cache} cache: open-time check (integrity_check of the course tables, before the first screen): median ${ms(median(openTimes))}, runs ${openTimes.map(ms).join(', ')}; budget ${OPEN_BUDGET_MS} ms`);
  console.log(`${cache} cache: background media read-back (writes wait for it): median ${ms(median(checkTimes))}, runs ${checkTimes.map(ms).join(', ')}; ${loadNote()}`);
  if (median(openTimes) > OPEN_BUDGET_MS) {
    console.error(`FAIL: the open-time check takes ${ms(median(openTimes))}, over ${OPEN_BUDGET_MS} ms`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
