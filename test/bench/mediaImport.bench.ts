// Media import of 10 × 100 MB video files through the API, as the app runs it (picked files, type
// check, SHA-256 and CRC-32, one content per distinct file), against the honest anchor measured in
// the same rounds: `cp` of the same files then an fsync of each copy. Target: import ≤ 1.5 × anchor
// (median of the rounds). SPOC_BENCH_IMPORT_FILES / SPOC_BENCH_IMPORT_MB / SPOC_BENCH_ROUNDS resize it.
import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/createServices';
import { mediaFileSourceOf } from '../../electron/services/media/mediaFileSourceOf';
import type { MediaFileSource } from '../../electron/services/serviceOptions';
import { writePseudoRandomFile } from '../support/generateLargeCourse';
import { loadNote, median } from './benchSupport';

const MB = 1024 * 1024;
const FILES = Number(process.env.SPOC_BENCH_IMPORT_FILES ?? 10);
const FILE_MB = Number(process.env.SPOC_BENCH_IMPORT_MB ?? 100);
const ROUNDS = Number(process.env.SPOC_BENCH_ROUNDS ?? 3);
const TARGET_RATIO = 1.5;

/** `cp` of the files into a fresh folder, then one fsync per copied file: what a durable copy costs. */
function timeCpWithFsync(files: string[], targetDir: string): number {
  const start = performance.now();
  const copy = spawnSync('cp', [...files, targetDir]);
  if (copy.status !== 0) throw new Error(`cp failed: ${copy.stderr.toString()}`);
  for (const name of readdirSync(targetDir)) {
    const fd = openSync(path.join(targetDir, name), 'r');
    fsyncSync(fd);
    closeSync(fd);
  }
  return performance.now() - start;
}

/** The import's time (the target), and the time closing the project then takes to fold the media into its file (reported, not a target). */
async function timeImport(dir: string, sources: MediaFileSource[]): Promise<{ millis: number; foldMillis: number }> {
  const workspaceDir = mkdtempSync(path.join(dir, 'import-'));
  let picked: MediaFileSource[] | null = null;
  const api = createServices({
    mode: 'desktop',
    workspaceDir,
    appDataDir: workspaceDir,
    resourcesDir: path.resolve('resources'),
    places: {
      chooseNewProjectPath: async (name) => path.join(workspaceDir, name),
      chooseProjectToOpen: async () => null,
      chooseExportPath: async () => null,
      chooseExportFolder: async () => null,
      chooseMediaToImport: async () => picked,
    },
  });
  try {
    await api.createProject({ title: 'Import', language: 'fr', template: 'blank' });
    picked = sources;
    const start = performance.now();
    const cpuBefore = process.cpuUsage();
    const { imported } = await api.importMedia({});
    const millis = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    // CPU time of all the process's threads: what the import costs whatever the machine's load.
    console.log(`import: CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (user ${(cpu.user / 1000).toFixed(0)}, system ${(cpu.system / 1000).toFixed(0)}) for ${millis.toFixed(0)} ms`);
    if (imported.length !== sources.length) throw new Error(`imported ${imported.length} of ${sources.length} files`);
    // Closing folds every media still in the store beside the file into it (whatever the background fold had not done yet).
    const foldStart = performance.now();
    api.dispose();
    const foldMillis = performance.now() - foldStart;
    const left = readdirSync(workspaceDir).filter((name) => name.endsWith('-media'));
    if (left.length > 0) throw new Error(`closing left the media store: ${left.join(', ')}`);
    return { millis, foldMillis };
  } finally {
    api.dispose();
    rmSync(workspaceDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-bench-import-'));
  try {
    const mediaDir = path.join(dir, 'media');
    mkdirSync(mediaDir);
    const files: string[] = [];
    for (let index = 0; index < FILES; index += 1) {
      const file = path.join(mediaDir, `video-${index + 1}.mp4`);
      await writePseudoRandomFile(file, FILE_MB * MB, index + 1);
      // An MP4 file-type box then a media-data box spanning the rest, so the import's container check accepts the bytes.
      const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp42')]);
      const mdat = Buffer.concat([Buffer.alloc(4), Buffer.from('mdat')]);
      mdat.writeUInt32BE(FILE_MB * MB - ftyp.length, 0);
      const head = Buffer.concat([ftyp, mdat]);
      const fd = openSync(file, 'r+');
      writeSync(fd, head, 0, head.length, 0);
      closeSync(fd);
      files.push(file);
    }
    spawnSync('sync', ['-f', mediaDir]);
    console.log(`import: ${FILES} files × ${FILE_MB} MB, ${ROUNDS} rounds; ${loadNote()}`);

    const anchors: number[] = [];
    const imports: number[] = [];
    const folds: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const cpDir = mkdtempSync(path.join(dir, 'cp-'));
      anchors.push(timeCpWithFsync(files, cpDir));
      rmSync(cpDir, { recursive: true, force: true });
      const sources = await Promise.all(files.map((file) => mediaFileSourceOf(file)));
      const { millis, foldMillis } = await timeImport(dir, sources);
      imports.push(millis);
      folds.push(foldMillis);
      console.log(
        `import: round ${round + 1}: cp + fsync ${anchors[round]!.toFixed(0)} ms, import ${millis.toFixed(0)} ms, ratio ${(millis / anchors[round]!).toFixed(2)}; ` +
          `fold at closing ${foldMillis.toFixed(0)} ms (${(foldMillis / anchors[round]!).toFixed(2)} × cp + fsync); ${loadNote()}`,
      );
    }
    const ratio = median(imports) / median(anchors);
    const bytes = FILES * FILE_MB * MB;
    console.log(`import: median cp + fsync ${median(anchors).toFixed(0)} ms (${(bytes / MB / (median(anchors) / 1000)).toFixed(0)} MB/s), median import ${median(imports).toFixed(0)} ms (${(bytes / MB / (median(imports) / 1000)).toFixed(0)} MB/s)`);
    console.log(`import: median fold at closing ${median(folds).toFixed(0)} ms (not a target: it runs after the import returned)`);
    console.log(`import: ${ratio <= TARGET_RATIO ? 'PASS' : 'FAIL'} ratio to cp + fsync ${ratio.toFixed(2)}, target ≤ ${TARGET_RATIO}; ${loadNote()}`);
    if (ratio > TARGET_RATIO) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
