import type { Outline } from '../../../shared/api/outlineCalls';
import { computePacingBoard, type PacingBoard } from '../../../shared/pacing/computePacingBoard';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { callOrThrow, withOpenProject } from '../cliServices';
import { countOf } from '../countOf';

const USAGE = `Usage: spoc info FILE.spoc [--json]

Prints the outline: modules and capsules with their durations and weeks, the learner's load per
week (capsules, quizzes and live sessions, as on the pacing board) against the weekly budget, and totals.
  --json   print the outline as JSON instead`;

const minutes = (value: number) => `${Math.round(value)} min`;

/** The outline as a designer reads it in a terminal; each week's load is the pacing board's. */
export function formatOutline(outline: Outline, board: PacingBoard): string {
  const { course } = outline;
  const capsuleCount = outline.modules.reduce((count, module) => count + module.capsules.length, 0);
  const lines = [
    course.title + (course.client ? ` (client: ${course.client})` : ''),
    `Language ${course.language}, SCORM ${course.scormVersion}, ${countOf(course.durationWeeks, 'week', 'weeks')}, budget ${minutes(course.weeklyBudgetMinutes)} per week`,
    '',
  ];
  outline.modules.forEach((module, index) => {
    lines.push(`Module ${index + 1}, week ${module.week}: ${module.title} (${minutes(module.minutes)})`);
    for (const capsule of module.capsules) {
      lines.push(`  - ${capsule.title} [${capsule.kind}] ${minutes(capsule.minutes)}, week ${capsule.week}`);
    }
    if (module.capsules.length === 0) lines.push('  (no capsule yet)');
  });
  const loaded = board.weeks.filter((week) => week.minutes > 0);
  if (loaded.length > 0) {
    lines.push('', 'Learner load per week (capsules, quizzes and live sessions):');
    for (const week of loaded) {
      const over = week.level === 'over' || week.level === 'far-over' ? '  over budget' : '';
      const live = week.liveMinutes > 0 ? ` (${minutes(week.liveMinutes)} live)` : '';
      lines.push(`  week ${week.week}: ${minutes(week.minutes)}${live} of ${minutes(week.budgetMinutes)}${over}`);
    }
  }
  lines.push(
    '',
    `Total: ${countOf(outline.modules.length, 'module', 'modules')}, ${countOf(capsuleCount, 'capsule', 'capsules')}, ${minutes(outline.totalMinutes)}, ` +
      `${countOf(outline.objectiveCount, 'objective', 'objectives')}, ${countOf(outline.questionCount, 'question', 'questions')}`,
  );
  return lines.join('\n');
}

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the outline of a project: modules, capsules, durations, weeks',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project file.');
    const { outline, board } = await withOpenProject(io.cwd, positionals[0] ?? '', async (api) => ({
      outline: await callOrThrow(api, 'getOutline', {}),
      board: computePacingBoard(await callOrThrow(api, 'getCourseDocument', {})),
    }));
    io.out(values.json ? JSON.stringify(outline, null, 2) : formatOutline(outline, board));
    return 0;
  },
};
