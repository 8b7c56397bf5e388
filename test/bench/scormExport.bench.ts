// SCORM export through the API as the app runs it. The large course with 1.5 GB of media: time as a
// ratio to the honest anchor in the same rounds, `cp -r` of the media folder then an fsync of each
// copied file (target ≤ 1.25 ×, medians). Peak resident memory of the whole process during the
// export, with the media and for a 16 × course without media (target < 200 MB both: flat in course
// and media size). The player's gzipped script size (target < 30 KB).
// SPOC_BENCH_EXPORT_MB sets the media size (default 1536), SPOC_BENCH_ROUNDS the rounds (default 3).
import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { createServices } from '../../electron/services/createServices';
import { playerDirCandidates } from '../../electron/services/export/loadPlayerAssets';
import { generateLargeCourse } from '../support/generateLargeCourse';
import { loadNote, median } from './benchSupport';

const MB = 1024 * 1024;
const MEDIA_MB = Number(process.env.SPOC_BENCH_EXPORT_MB ?? 1536);
const ROUNDS = Number(process.env.SPOC_BENCH_ROUNDS ?? 3);
const TARGET_RATIO_TO_CP = 1.25;
const TARGET_PEAK_RSS = 200 * MB;
const LARGE_SCALE = 16;
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

/** `cp -r` of the media folder, then an fsync of each copied file: what a durable copy of the media costs. */
function timeCpWithFsync(mediaDir: string, targetDir: string): number {
  const start = performance.now();
  const copy = spawnSync('cp', ['-r', mediaDir, targetDir]);
  if (copy.status !== 0) throw new Error(`cp failed: ${copy.stderr.toString()}`);
  const copied = path.join(targetDir, path.basename(mediaDir));
  for (const name of readdirSync(copied)) {
    const fd = openSync(path.join(copied, name), 'r');
    fsyncSync(fd);
    closeSync(fd);
  }
  return performance.now() - start;
}

function playerScriptGzipBytes(): { raw: number; gzip: number } {
  const dir = playerDirCandidates(path.resolve('resources')).find((candidate) => statSync(path.join(candidate, 'player.js'), { throwIfNoEntry: false }));
  if (!dir) throw new Error('The player is not built: run npm run build first.');
  const script = readFileSync(path.join(dir, 'player.js'));
  return { raw: script.length, gzip: gzipSync(script, { level: 9 }).length };
}

type Api = ReturnType<typeof createServices>;

function servicesFor(dir: string, projectPath: string, outputPath: string): Api {
  return createServices({
    mode: 'desktop',
    workspaceDir: dir,
    appDataDir: path.join(dir, 'app-data'),
    resourcesDir: path.resolve('resources'),
    places: { chooseNewProjectPath: async () => null, chooseProjectToOpen: async () => projectPath, chooseExportPath: async () => outputPath, chooseExportFolder: async () => null },
  });
}

async function timedExport(api: Api, outputPath: string): Promise<{ millis: number; peak: number; before: number; files: number }> {
  rmSync(outputPath, { force: true });
  const start = performance.now();
  const exported = await withPeakRss(() => api.exportScorm({ version: '2004-4th', mode: 'course' }));
  const millis = performance.now() - start;
  if (!exported.result) throw new Error('the export wrote nothing');
  return { millis, peak: exported.peak, before: exported.before, files: exported.result.files };
}

interface GeneratedCourse {
  projectPath: string;
  mediaDir: string;
  mediaFiles: string[];
  mediaBytes: number;
  shape: string;
}

/**
 * Generates a course in a child process (this script, with SPOC_BENCH_GENERATE set), so that the
 * generator's own memory does not count in the export's peak RSS.
 */
function generateInChild(dir: string, mediaBytes: number, scale: number): GeneratedCourse {
  const start = performance.now();
  const child = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, SPOC_BENCH_GENERATE: JSON.stringify({ dir, mediaBytes, scale }) },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`generating the course failed: ${child.stderr}`);
  const course = JSON.parse(child.stdout) as GeneratedCourse;
  // A designer's project and videos were written long before they export: without this, the kernel
  // writes back the gigabytes just generated during the first round, and that round measures the
  // generator (as the import bench, which syncs its sources before its rounds too).
  spawnSync('sync', ['-f', course.projectPath]);
  console.log(`generated: ${course.shape}, ${mb(course.mediaBytes)} of media (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  return course;
}

async function generateForParent(request: string): Promise<void> {
  const { dir, mediaBytes, scale } = JSON.parse(request) as { dir: string; mediaBytes: number; scale: number };
  const course = await generateLargeCourse({ dir, mediaBytes, scale, mediaFileCount: mediaBytes === 0 ? 1 : undefined });
  const { document } = course;
  const answer: GeneratedCourse = {
    projectPath: course.projectPath,
    mediaDir: course.mediaDir,
    mediaFiles: document.media.map((asset) => path.join(course.mediaDir, asset.fileName)),
    mediaBytes: document.media.reduce((sum, asset) => sum + asset.size, 0),
    shape: `${document.modules.length} modules, ${document.capsules.length} capsules, ${document.questions.length} questions, ${document.media.length} media files`,
  };
  process.stdout.write(JSON.stringify(answer));
}

/** Export of the large course with its media, against cp -r + fsync in the same rounds. */
async function exportWithMedia(dir: string, misses: string[]): Promise<void> {
  const course = generateInChild(dir, MEDIA_MB * MB, 1);
  const mediaBytes = course.mediaBytes;
  const outputPath = path.join(dir, 'export.zip');
  const api = servicesFor(dir, course.projectPath, outputPath);
  try {
    await api.openProject({});
    // Both sides read from the page cache: warm it for the project file as for the media.
    spawnSync('cat', [course.projectPath, ...course.mediaFiles], { stdio: 'ignore', maxBuffer: 0 });
    const anchors: number[] = [];
    const exports: number[] = [];
    let peak = 0;
    let zipBytes = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const cpDir = mkdtempSync(path.join(dir, 'cp-'));
      anchors.push(timeCpWithFsync(course.mediaDir, cpDir));
      rmSync(cpDir, { recursive: true, force: true });
      const exported = await timedExport(api, outputPath);
      zipBytes = statSync(outputPath).size;
      exports.push(exported.millis);
      peak = Math.max(peak, exported.peak);
      console.log(`export: round ${round + 1}: cp -r + fsync ${anchors[round]!.toFixed(0)} ms, export ${exported.millis.toFixed(0)} ms (${exported.files} files), ratio ${(exported.millis / anchors[round]!).toFixed(2)}`);
    }
    const ratio = median(exports) / median(anchors);
    console.log(`export: median cp -r + fsync ${median(anchors).toFixed(0)} ms (${rate(mediaBytes, median(anchors))}), median export ${median(exports).toFixed(0)} ms (${rate(zipBytes, median(exports))}, ${mb(zipBytes)} zip)`);
    console.log(`export: ${ratio <= TARGET_RATIO_TO_CP ? 'PASS' : 'FAIL'} time ratio to cp -r + fsync ${ratio.toFixed(2)}, target ≤ ${TARGET_RATIO_TO_CP}; ${loadNote()}`);
    console.log(`export: peak RSS with ${mb(mediaBytes)} of media ${mb(peak)}, target < ${mb(TARGET_PEAK_RSS)}`);
    if (ratio > TARGET_RATIO_TO_CP) misses.push(`time ratio ${ratio.toFixed(2)} > ${TARGET_RATIO_TO_CP}`);
    if (peak >= TARGET_PEAK_RSS) misses.push(`peak RSS with media ${mb(peak)} >= ${mb(TARGET_PEAK_RSS)}`);
  } finally {
    api.dispose();
  }
}

/** Peak memory of the export of a course LARGE_SCALE times the large one, without media. */
async function exportLargeCourse(dir: string, misses: string[]): Promise<void> {
  const course = generateInChild(dir, 0, LARGE_SCALE);
  const outputPath = path.join(dir, 'export-large.zip');
  const api = servicesFor(dir, course.projectPath, outputPath);
  try {
    await api.openProject({});
    const exported = await timedExport(api, outputPath);
    console.log(
      `export: ${LARGE_SCALE}× course (${course.shape}, no media): ` +
        `${exported.millis.toFixed(0)} ms, ${mb(statSync(outputPath).size)} zip, peak RSS ${mb(exported.peak)} (${mb(exported.before)} before), target < ${mb(TARGET_PEAK_RSS)}`,
    );
    if (exported.peak >= TARGET_PEAK_RSS) misses.push(`peak RSS of the ${LARGE_SCALE}× course ${mb(exported.peak)} >= ${mb(TARGET_PEAK_RSS)}`);
  } finally {
    api.dispose();
  }
}

/** One measure in a process of its own (this script with SPOC_BENCH_SCENARIO set): memory one export leaves behind must not count in the next one's peak. */
async function scenario(name: string): Promise<void> {
  const misses: string[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-bench-export-'));
  try {
    await (name === 'large' ? exportLargeCourse(dir, misses) : exportWithMedia(dir, misses));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (misses.length > 0) {
    console.error(`FAIL: ${misses.join('; ')}`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  console.log(`export: ${ROUNDS} rounds; ${loadNote()}`);
  let failed = false;
  for (const name of ['large', 'media']) {
    const child = spawnSync(process.execPath, ['--expose-gc', __filename], { env: { ...process.env, SPOC_BENCH_SCENARIO: name }, stdio: 'inherit' });
    failed ||= child.status !== 0;
  }
  const player = playerScriptGzipBytes();
  console.log(`player script: ${(player.raw / 1024).toFixed(1)} KB, ${(player.gzip / 1024).toFixed(1)} KB gzipped, target < ${TARGET_PLAYER_GZIP / 1024} KB`);
  if (player.gzip >= TARGET_PLAYER_GZIP) {
    console.error(`FAIL: player ${player.gzip} bytes gzipped >= ${TARGET_PLAYER_GZIP}`);
    failed = true;
  }
  if (failed) process.exitCode = 1;
}

const run = process.env.SPOC_BENCH_GENERATE
  ? generateForParent(process.env.SPOC_BENCH_GENERATE)
  : process.env.SPOC_BENCH_SCENARIO
    ? scenario(process.env.SPOC_BENCH_SCENARIO)
    : main();
run.catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
