// getCheckReport through the API, as the checks panel calls it, on the large generated course (1×)
// and on 16 times that course: median under 5 ms at 1× and under 50 ms at 16×, both for a repeated
// call (the course document is kept until the next write) and for the first call after an edit, a
// renamed module or a capsule's saved content (the course is read again, unchanged rows reused, and
// checked again, reusing the findings of unchanged parts). runChecks alone on the same
// document is the anchor.
import { performance } from 'node:perf_hooks';
import { runChecks } from '../../shared/checks/runChecks';
import { loadNote, median, openLargeCourse, runEachScale } from './benchSupport';

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
  const { course, api } = await openLargeCourse(scale, dir);
  try {
    const runs = scale === 1 ? 200 : 30;
    for (let warmup = 0; warmup < 5; warmup += 1) await api.getCheckReport({});
    const report = await timeMany(runs, () => api.getCheckReport({}));
    const checksAlone = await timeMany(runs, () => runChecks(course.document));
    const moduleId = course.document.modules[0]!.id;
    const capsule = course.document.capsules[0]!;
    // The calls the checks panel makes after each save: the course changed, so it is read and checked
    // again. Two kinds of edit: a renamed module, and a capsule's content as the editor autosaves it.
    const edits = {
      'module renamed': (edit: number) => api.updateModule({ id: moduleId, patch: { title: `Module édité ${edit}` } }),
      'capsule content saved': (edit: number) =>
        api.saveCapsuleContent({ id: capsule.id, content: { ...capsule.content, content: [...(capsule.content.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Édition ${edit}` }] }] } }),
    };
    const afterEdit: Record<string, { wall: number; cpu: number }> = {};
    for (const [kind, makeEdit] of Object.entries(edits)) {
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let edit = 1; edit <= Math.min(runs, 20); edit += 1) {
        await makeEdit(edit);
        const start = performance.now();
        const cpuBefore = process.cpuUsage();
        await api.getCheckReport({});
        wall.push(performance.now() - start);
        const used = process.cpuUsage(cpuBefore);
        cpu.push((used.user + used.system) / 1000);
      }
      afterEdit[kind] = { wall: median(wall), cpu: median(cpu) };
    }
    const worstAfterEdit = Math.max(...Object.values(afterEdit).map((measured) => measured.wall));
    const target = TARGETS[scale]!;
    const pass = report < target && worstAfterEdit < target;
    const afterEditNote = Object.entries(afterEdit)
      .map(([kind, measured]) => `${measured.wall.toFixed(1)} ms after a ${kind} (CPU ${measured.cpu.toFixed(1)} ms)`)
      .join(', ');
    console.log(
      `checkReport: ${scale}× course (${course.document.capsules.length} capsules, ${course.document.questions.length} questions): ` +
        `getCheckReport median ${report.toFixed(2)} ms unchanged, ${afterEditNote}; ${pass ? 'PASS' : 'FAIL'}, target < ${target} ms for each; ` +
        `anchor runChecks alone ${checksAlone.toFixed(2)} ms (after an edit: ratio ${(worstAfterEdit / checksAlone).toFixed(2)}); ${loadNote()}`,
    );
    return pass;
  } finally {
    api.dispose();
  }
}

runEachScale('checks', measure);
