// getCheckReport through the API, as the checks panel calls it, on the large generated course (1×)
// and on 16 times that course: median under 5 ms at 1× and under 50 ms at 16×. The course document
// is read once and kept until the next write, so repeated calls cost the checks themselves; the first
// call after an edit (which re-reads the course) is reported beside it, and runChecks alone on the
// same document is the anchor.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServices } from '../../electron/services/createServices';
import { runChecks } from '../../shared/checks/runChecks';
import { generateLargeCourse } from '../support/generateLargeCourse';
import { loadNote, median } from './benchSupport';

const TARGETS: Record<number, number> = { 1: 5, 16: 50 };

async function timeMany(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function measure(scale: number, dir: string): Promise<boolean> {
  const course = await generateLargeCourse({ dir, mediaBytes: 0, mediaFileCount: 1, scale });
  const api = createServices({
    mode: 'desktop',
    workspaceDir: dir,
    appDataDir: dir,
    resourcesDir: path.resolve('resources'),
    places: { chooseNewProjectPath: async () => null, chooseProjectToOpen: async () => course.projectPath, chooseExportPath: async () => null, chooseExportFolder: async () => null },
  });
  try {
    await api.openProject({});
    const runs = scale === 1 ? 200 : 30;
    for (let warmup = 0; warmup < 5; warmup += 1) await api.getCheckReport({});
    const report = await timeMany(runs, () => api.getCheckReport({}));
    const checksAlone = await timeMany(runs, () => runChecks(course.document));
    const moduleId = course.document.modules[0]!.id;
    let edits = 0;
    const afterEdit = await timeMany(Math.min(runs, 20), async () => {
      await api.updateModule({ id: moduleId, patch: { title: `Module édité ${(edits += 1)}` } });
      return api.getCheckReport({});
    });
    const target = TARGETS[scale]!;
    const pass = report < target;
    console.log(
      `checkReport: ${scale}× course (${course.document.capsules.length} capsules, ${course.document.questions.length} questions): ` +
        `getCheckReport median ${report.toFixed(2)} ms (${pass ? 'PASS' : 'FAIL'}, target < ${target} ms), runChecks alone ${checksAlone.toFixed(2)} ms ` +
        `(ratio ${(report / checksAlone).toFixed(2)}), an edit then getCheckReport ${afterEdit.toFixed(1)} ms; ${loadNote()}`,
    );
    return pass;
  } finally {
    api.dispose();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'spoc-bench-checks-'));
  try {
    const results = [];
    for (const scale of [1, 16]) results.push(await measure(scale, mkdtempSync(path.join(dir, `x${scale}-`))));
    if (results.includes(false)) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
