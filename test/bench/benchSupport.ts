// Helpers shared by the benches: medians over rounds and the machine's load, printed beside each result
// because the machine is shared and a loaded machine slows both sides of a ratio unevenly.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createServices } from '../../electron/services/createServices';
import { generateLargeCourse, type LargeCourse } from '../support/generateLargeCourse';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function loadNote(): string {
  return `load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`;
}

/**
 * Runs a bench's measure once per course scale (SPOC_BENCH_SCALES, default 1× and 16×), each in a
 * folder of its own removed afterwards; a measure that answers false fails the bench.
 */
export function runEachScale(name: string, measure: (scale: number, dir: string) => Promise<boolean | void>, cleanUp: () => Promise<void> = async () => {}): void {
  const run = async (): Promise<void> => {
    const dir = mkdtempSync(path.join(tmpdir(), `spoc-bench-${name}-`));
    try {
      const scales = (process.env.SPOC_BENCH_SCALES ?? '1,16').split(',').map(Number);
      const results = [];
      for (const scale of scales) results.push(await measure(scale, mkdtempSync(path.join(dir, `x${scale}-`))));
      if (results.includes(false)) process.exitCode = 1;
    } finally {
      await cleanUp();
      rmSync(dir, { recursive: true, force: true });
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

/** The generated course at a scale, opened through the services as the desktop app opens it. */
export async function openLargeCourse(scale: number, dir: string): Promise<{ course: LargeCourse; api: ReturnType<typeof createServices> }> {
  const course = await generateLargeCourse({ dir, mediaBytes: 0, mediaFileCount: 1, scale });
  const api = createServices({
    mode: 'desktop',
    workspaceDir: dir,
    appDataDir: dir,
    resourcesDir: path.resolve('resources'),
    places: { chooseNewProjectPath: async () => null, chooseProjectToOpen: async () => course.projectPath, chooseExportPath: async () => null, chooseExportFolder: async () => null },
  });
  await api.openProject({});
  return { course, api };
}
