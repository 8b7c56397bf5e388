// Opening the large course and showing its outline must take under 100 ms (median), with 500 MB of
// media inside the project. Media import and export throughput are reported against `cp` of the same
// files in the same run, with the peak memory growth that proves media never sit whole in memory.
// The import's peak memory growth must stay under IMPORT_GROWTH_BUDGET_MB whatever the size.
// SPOC_BENCH_MEDIA_MB sets the media size (default 500).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/createServices';
import { importMediaFile } from '../../electron/services/media/importMediaFile';
import { openMediaStream } from '../../electron/services/media/openMediaStream';
import { courseRows } from '../../electron/services/project/courseRows';
import { buildTemplate } from '../../electron/services/project/courseTemplates';
import { ProjectFile } from '../../electron/services/project/projectFile';
import { generateLargeCourse } from '../support/generateLargeCourse';

const OUTLINE_BUDGET_MS = 100;
const RUNS = 21;
/**
 * A streamed import holds at most 32 MB not yet hashed, its file reads (2 × 4 MB) and the two hashing
 * threads; with V8's young generation, which the bench's other work grows to 32 MB, its peak was 58–94 MB
 * at 1 GB (load 7–10), whatever the size. Growth with the bytes imported fails it: 147 MB for 300 MB,
 * 332 MB for 1 GB when the chunks dropped stayed in the hashing threads.
 */
const IMPORT_GROWTH_BUDGET_MB = 128;
const MEDIA_MB = Number(process.env.SPOC_BENCH_MEDIA_MB ?? 500);
const MB = 1024 * 1024;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const rate = (bytes: number, millis: number) => `${(bytes / MB / (millis / 1000)).toFixed(0)} MB/s`;

/** Peak resident memory above the level when started, sampled while work runs. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakGrowth: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakGrowth: peak - base };
  } finally {
    clearInterval(timer);
  }
}

function timeCp(files: string[], targetDir: string): number {
  const start = performance.now();
  const run = spawnSync('cp', [...files, targetDir]);
  if (run.status !== 0) throw new Error(`cp failed: ${run.stderr.toString()}`);
  return performance.now() - start;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-bench-open-'));
  try {
    const generateStart = performance.now();
    const course = await generateLargeCourse({ dir, mediaBytes: MEDIA_MB * MB });
    const projectBytes = statSync(course.projectPath).size;
    console.log(
      `generated: ${course.document.modules.length} modules, ${course.document.capsules.length} capsules, ${course.document.questions.length} questions, ` +
        `${course.document.media.length} media files = ${MEDIA_MB} MB; project file ${(projectBytes / MB).toFixed(0)} MB (${ms(performance.now() - generateStart)})`,
    );

    // Open + outline through the API, as the app does at start-up: a fresh services instance each run.
    const openTimes: number[] = [];
    const outlineTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const api = createServices({
        mode: 'desktop',
        workspaceDir: dir,
        appDataDir: path.join(dir, 'app-data'),
        resourcesDir: dir,
        places: { chooseNewProjectPath: async () => null, chooseProjectToOpen: async () => course.projectPath, chooseExportPath: async () => null, chooseExportFolder: async () => null },
      });
      const start = performance.now();
      await api.openProject({});
      const opened = performance.now();
      const outline = await api.getOutline({});
      const shown = performance.now();
      if (outline.modules.length !== 20) throw new Error('outline is incomplete');
      openTimes.push(opened - start);
      outlineTimes.push(shown - opened);
      api.dispose();
    }
    const totals = openTimes.map((open, index) => open + outlineTimes[index]!);
    console.log(`open project: median ${ms(median(openTimes))} (first ${ms(openTimes[0]!)})`);
    console.log(`load outline: median ${ms(median(outlineTimes))} (first ${ms(outlineTimes[0]!)})`);
    console.log(`open + outline: median ${ms(median(totals))}, budget ${OUTLINE_BUDGET_MS} ms`);

    // Import: the same media files into a fresh project, against cp of the same files.
    const mediaFiles = course.document.media.map((asset) => path.join(course.mediaDir, asset.fileName));
    const mediaBytes = mediaFiles.reduce((sum, file) => sum + statSync(file).size, 0);
    const cpImportMs = timeCp(mediaFiles, mkdtempSync(path.join(dir, 'cp-in-')));
    const target = await ProjectFile.create(path.join(dir, 'import-target.spoc'), (created) =>
      created.transaction((db) => courseRows.course.insert(db, buildTemplate('blank', 'Import', 'fr').course)),
    );
    const importStart = performance.now();
    const imported = await withPeakMemory(async () => {
      for (const [index, file] of mediaFiles.entries()) await importMediaFile(target, file, course.document.media[index]!);
    });
    const importMs = performance.now() - importStart;
    console.log(
      `media import: ${rate(mediaBytes, importMs)} (${ms(importMs)}), cp ${rate(mediaBytes, cpImportMs)}; ratio ${(importMs / cpImportMs).toFixed(1)}× cp; ` +
        `peak memory growth ${(imported.peakGrowth / MB).toFixed(0)} MB for ${(mediaBytes / MB).toFixed(0)} MB imported`,
    );

    // Export: stream every asset out of the project to files, against cp of the same files.
    const exportDir = mkdtempSync(path.join(dir, 'export-'));
    const cpExportMs = timeCp(mediaFiles, mkdtempSync(path.join(dir, 'cp-out-')));
    const exportStart = performance.now();
    const exported = await withPeakMemory(async () => {
      for (const asset of course.document.media) {
        await pipeline(openMediaStream(target.db, asset.sha256), createWriteStream(path.join(exportDir, asset.fileName)));
      }
    });
    const exportMs = performance.now() - exportStart;
    target.close();
    console.log(
      `media export (stream out): ${rate(mediaBytes, exportMs)} (${ms(exportMs)}), cp ${rate(mediaBytes, cpExportMs)}; ratio ${(exportMs / cpExportMs).toFixed(1)}× cp; ` +
        `peak memory growth ${(exported.peakGrowth / MB).toFixed(0)} MB`,
    );

    if (imported.peakGrowth / MB > IMPORT_GROWTH_BUDGET_MB) {
      console.error(`FAIL: media import peak memory growth ${(imported.peakGrowth / MB).toFixed(0)} MB is over ${IMPORT_GROWTH_BUDGET_MB} MB`);
      process.exitCode = 1;
    }
    if (median(totals) > OUTLINE_BUDGET_MS) {
      console.error(`FAIL: open + outline median ${ms(median(totals))} is over ${OUTLINE_BUDGET_MS} ms`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
