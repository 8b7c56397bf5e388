// getOutline through the API, as the outline calls it on page load, on the large generated course
// (1×) and on 16 times that course: the first call after opening (with the check report the page asks
// for next), a repeated call, and the first call after an edit. Wall and CPU time of this process.
// No target of its own: page load → outline painted (outlineLoad) is the goal it serves.
import { performance } from 'node:perf_hooks';
import { loadNote, median, openLargeCourse, runEachScale } from './benchSupport';

async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const start = performance.now();
  const cpuBefore = process.cpuUsage();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
}

const show = (samples: { wall: number; cpu: number }[]) =>
  `${median(samples.map((sample) => sample.wall)).toFixed(1)} ms (CPU ${median(samples.map((sample) => sample.cpu)).toFixed(1)} ms)`;

async function measure(scale: number, dir: string): Promise<void> {
  const { course, api } = await openLargeCourse(scale, dir);
  try {
    const first = await timed(() => api.getOutline({}));
    const firstReport = await timed(() => api.getCheckReport({}));
    const repeated = [];
    for (let run = 0; run < (scale === 1 ? 50 : 15); run += 1) repeated.push(await timed(() => api.getOutline({})));
    const moduleId = course.document.modules[0]!.id;
    const afterEdit = [];
    for (let edit = 1; edit <= 10; edit += 1) {
      await api.updateModule({ id: moduleId, patch: { title: `Module édité ${edit}` } });
      afterEdit.push(await timed(() => api.getOutline({})));
    }
    console.log(
      `outlineRead: ${scale}× course (${course.document.capsules.length} capsules): first getOutline ${show([first])}, then first getCheckReport ${show([firstReport])}; ` +
        `getOutline repeated ${show(repeated)}, after an edit ${show(afterEdit)}; ${loadNote()}`,
    );
  } finally {
    api.dispose();
  }
}

runEachScale('outline-read', measure);
