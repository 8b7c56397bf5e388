// SCORM export of the large course with 1.5 GB of media, through the API as the app runs it:
// throughput as a ratio of `cp` of the same media files in the same run (target >= 0.7), peak
// resident memory of the whole process during the export (target < 250 MB whatever the media
// size), and the player's gzipped script size (target < 30 KB).
// SPOC_BENCH_EXPORT_MB sets the media size (default 1536).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createServices } from '../../electron/services/createServices';
import { playerDirCandidates } from '../../electron/services/export/loadPlayerAssets';
import { generateLargeCourse } from '../support/generateLargeCourse';

const MB = 1024 * 1024;
const MEDIA_MB = Number(process.env.SPOC_BENCH_EXPORT_MB ?? 1536);
const TARGET_RATIO_TO_CP = 0.7;
const TARGET_PEAK_RSS = 250 * MB;
const TARGET_PLAYER_GZIP = 30 * 1024;

const rate = (bytes: number, millis: number) => `${(bytes / MB / (millis / 1000)).toFixed(0)} MB/s`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;

/** Highest resident memory of the process while work runs (sampled every 5 ms). */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number; before: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  try {
    const result = await work();
    return { result, peak: Math.max(peak, process.memoryUsage.rss()), before };
  } finally {
    clearInterval(timer);
  }
}

/** `cp` of the files into a fresh folder, then `sync`, as the export makes its zip durable before renaming it. */
function timeCp(files: string[], targetDir: string): { plain: number; durable: number } {
  const start = performance.now();
  const copy = spawnSync('cp', [...files, targetDir]);
  if (copy.status !== 0) throw new Error(`cp failed: ${copy.stderr.toString()}`);
  const copied = performance.now();
  spawnSync('sync', ['-f', targetDir]);
  return { plain: copied - start, durable: performance.now() - start };
}

function playerScriptGzipBytes(): { raw: number; gzip: number } {
  const dir = playerDirCandidates(path.resolve('resources')).find((candidate) => statSync(path.join(candidate, 'player.js'), { throwIfNoEntry: false }));
  if (!dir) throw new Error('The player is not built: run npm run build first.');
  const script = readFileSync(path.join(dir, 'player.js'));
  return { raw: script.length, gzip: gzipSync(script, { level: 9 }).length };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-bench-export-'));
  try {
    const generateStart = performance.now();
    const course = await generateLargeCourse({ dir, mediaBytes: MEDIA_MB * MB });
    const mediaFiles = course.document.media.map((asset) => path.join(course.mediaDir, asset.fileName));
    const mediaBytes = mediaFiles.reduce((sum, file) => sum + statSync(file).size, 0);
    console.log(
      `generated: ${course.document.capsules.length} capsules, ${course.document.questions.length} questions, ${mediaFiles.length} media files = ${mb(mediaBytes)} ` +
        `(${((performance.now() - generateStart) / 1000).toFixed(1)} s)`,
    );

    const outputPath = path.join(dir, 'export.zip');
    const api = createServices({
      mode: 'desktop',
      workspaceDir: dir,
      appDataDir: path.join(dir, 'app-data'),
      resourcesDir: path.resolve('resources'),
      places: { chooseNewProjectPath: async () => null, chooseProjectToOpen: async () => course.projectPath, chooseExportPath: async () => outputPath, chooseExportFolder: async () => null },
    });
    try {
      await api.openProject({});
      // Both sides read from the page cache: warm it for the project file as cp's first pass does for the media.
      spawnSync('cat', [course.projectPath], { stdio: 'ignore', maxBuffer: 0 });
      const cp = timeCp(mediaFiles, mkdtempSync(path.join(dir, 'cp-')));
      const exportStart = performance.now();
      const exported = await withPeakRss(() => api.exportScorm({ version: '2004-4th', mode: 'course' }));
      const exportMs = performance.now() - exportStart;
      if (!exported.result) throw new Error('the export wrote nothing');
      const zipBytes = statSync(outputPath).size;
      const ratio = cp.durable / exportMs;
      console.log(`cp of the media: ${rate(mediaBytes, cp.plain)} (${cp.plain.toFixed(0)} ms), with sync ${rate(mediaBytes, cp.durable)} (${cp.durable.toFixed(0)} ms)`);
      console.log(`SCORM export: ${mb(zipBytes)} zip, ${exported.result.files} files, ${rate(zipBytes, exportMs)} (${exportMs.toFixed(0)} ms, fsync included)`);
      console.log(`throughput ratio to cp (+sync): ${ratio.toFixed(2)}, target >= ${TARGET_RATIO_TO_CP}; to plain cp: ${(cp.plain / exportMs).toFixed(2)}`);
      console.log(`peak RSS during export: ${mb(exported.peak)} (${mb(exported.before)} before), target < ${mb(TARGET_PEAK_RSS)}`);
      const player = playerScriptGzipBytes();
      console.log(`player script: ${(player.raw / 1024).toFixed(1)} KB, ${(player.gzip / 1024).toFixed(1)} KB gzipped, target < ${TARGET_PLAYER_GZIP / 1024} KB`);

      const misses = [
        ratio < TARGET_RATIO_TO_CP ? `throughput ratio ${ratio.toFixed(2)} < ${TARGET_RATIO_TO_CP}` : '',
        exported.peak >= TARGET_PEAK_RSS ? `peak RSS ${mb(exported.peak)} >= ${mb(TARGET_PEAK_RSS)}` : '',
        player.gzip >= TARGET_PLAYER_GZIP ? `player ${player.gzip} bytes gzipped >= ${TARGET_PLAYER_GZIP}` : '',
      ].filter(Boolean);
      if (misses.length > 0) {
        console.error(`FAIL: ${misses.join('; ')}`);
        process.exitCode = 1;
      }
    } finally {
      api.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
