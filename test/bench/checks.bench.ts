// Recomputing every pedagogical check on the large course (the shape of test/support/generateLargeCourse:
// 20 modules, 200 capsules, 1,000 questions, built here in memory since checks need no media) must stay
// under 50 ms, so the checks panel can follow each edit. Baselines in the same run: one bare walk over
// every content node (the least any content check costs) and JSON.stringify of the course (what a save costs).
import { performance } from 'node:perf_hooks';
import { runChecks } from '../../shared/checks/runChecks';
import type { CourseDocument } from '../../shared/model/courseDocument';
import type { RichTextNode } from '../../shared/model/richText';
import { computePacingBoard } from '../../shared/pacing/computePacingBoard';
import { addCapsule, addLiveSession, addModule, addObjective, addQuiz, buildCohort, buildTestCourse } from '../shared/pacing/buildTestCourse';

const BUDGET_MS = 50;
const RUNS = 200;

interface Timing {
  median: number;
  p95: number;
  max: number;
}

function measure(work: () => unknown): Timing {
  for (let warmup = 0; warmup < 20; warmup += 1) work();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)]!, p95: samples[Math.floor(RUNS * 0.95)]!, max: samples[RUNS - 1]! };
}

function countNodes(nodes: RichTextNode[] | undefined): number {
  let count = 0;
  for (const node of nodes ?? []) count += 1 + countNodes(node.content);
  return count;
}

const walkAllContent = (doc: CourseDocument): number => doc.capsules.reduce((sum, capsule) => sum + countNodes(capsule.content.content), 0);

const PARAGRAPH =
  "Le manager de proximité anime son équipe au quotidien : il fixe le cap, écoute, reformule et donne un retour précis sur le travail fait.";
const KINDS = ['video', 'reading', 'interactive', 'activity', 'assessment'] as const;

/**
 * A course with the large generated course's shape, scaled by `scale` (1 = 20 modules, 200 capsules,
 * 1,000 questions), rich content in every capsule, and every kind of finding present so no check
 * takes a shortcut.
 */
function largeCourse(scale: number): CourseDocument {
  const doc = buildTestCourse({ durationWeeks: 20 * scale, weeklyBudgetMinutes: 30 });
  for (let moduleIndex = 0; moduleIndex < 20 * scale; moduleIndex += 1) {
    const module = addModule(doc, `Module ${moduleIndex + 1}`, moduleIndex + 1);
    const objective = addObjective(doc, moduleIndex % 9 === 0 ? null : module, `O${moduleIndex + 1}.1`);
    for (let index = 0; index < 10; index += 1) {
      const kind = KINDS[index % KINDS.length]!;
      const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
      const content: RichTextNode[] = [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Capsule ${index + 1}` }] },
        paragraph(PARAGRAPH.repeat(3)),
        { type: 'callout', attrs: { tone: 'key' }, content: [paragraph(PARAGRAPH)] },
        { type: 'bulletList', content: [1, 2, 3].map((n) => ({ type: 'listItem', content: [paragraph(`Point ${n} : ${PARAGRAPH}`)] })) },
        { type: 'image', attrs: { mediaId: null, alt: index % 4 === 0 ? '' : 'Une équipe en réunion', caption: '' } },
      ];
      if (kind === 'video') {
        content.splice(1, 0, { type: 'video', attrs: { mediaId: null, captionsMediaId: index % 3 ? 'vtt' : null, transcript: PARAGRAPH, durationSeconds: 240 + index * 40 } });
      }
      const capsule = addCapsule(doc, module, `Capsule ${moduleIndex + 1}.${index + 1}`, kind, index % 7 === 0 ? 14 : null, { objectiveIds: [objective.id] });
      capsule.content = { type: 'doc', content };
      if (kind === 'assessment') addQuiz(doc, capsule, 25, { feedbackCorrect: moduleIndex % 5 === 0 ? '' : 'Oui.', feedbackIncorrect: moduleIndex % 5 === 0 ? '' : 'Relisez la fiche.' });
    }
  }
  for (let week = 1; week <= 20 * scale; week += 4) addLiveSession(doc, { week, durationMinutes: 60 });
  doc.cohorts.push(buildCohort({ learnerCount: 6 }), buildCohort({ learnerCount: 90 }), buildCohort({ learnerCount: 15 }));
  return doc;
}

const format = (ms: number): string => `${ms.toFixed(2)} ms`;

function main(): void {
  for (const scale of [1, 5]) {
    const doc = largeCourse(scale);
    const nodeCount = walkAllContent(doc);
    const findingCount = runChecks(doc).length;
    const shape = `${doc.modules.length} modules, ${doc.capsules.length} capsules, ${doc.questions.length} questions, ${nodeCount} content nodes, ${findingCount} findings`;

    const walk = measure(() => walkAllContent(doc));
    const serialize = measure(() => JSON.stringify(doc));
    const checks = measure(() => runChecks(doc));
    const board = measure(() => computePacingBoard(doc));

    console.log(`checks: course x${scale} (${shape})`);
    console.log(`checks: runChecks median ${format(checks.median)}, p95 ${format(checks.p95)}, max ${format(checks.max)} (budget ${BUDGET_MS} ms)`);
    console.log(`checks: computePacingBoard median ${format(board.median)}, p95 ${format(board.p95)}`);
    console.log(`checks: baseline content walk median ${format(walk.median)}; runChecks is ${(checks.median / walk.median).toFixed(1)}x the walk`);
    console.log(`checks: baseline JSON.stringify median ${format(serialize.median)}; runChecks is ${(checks.median / serialize.median).toFixed(2)}x a serialization`);
    // The budget holds for the large generated course; five times that size is shown as headroom.
    if (scale !== 1) continue;
    const withinBudget = checks.p95 < BUDGET_MS;
    console.log(`checks: ${withinBudget ? 'PASS' : 'FAIL'} p95 ${format(checks.p95)} ${withinBudget ? '<' : '>='} ${BUDGET_MS} ms`);
    if (!withinBudget) process.exitCode = 1;
  }
}

main();
