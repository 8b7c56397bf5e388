import type { Outline } from '../../../shared/api/outlineCalls';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { callOrThrow, withOpenProject } from '../cliServices';

const USAGE = `Usage: spoc info FILE.spoc [--json]

Prints the outline: modules and capsules with their durations and weeks, the learner's load per
week against the weekly budget, and totals.
  --json   print the outline as JSON instead`;

const minutes = (value: number) => `${Math.round(value)} min`;

/** The outline as a designer reads it in a terminal. */
export function formatOutline(outline: Outline): string {
  const { course } = outline;
  const capsuleCount = outline.modules.reduce((count, module) => count + module.capsules.length, 0);
  const lines = [
    course.title + (course.client ? ` (client: ${course.client})` : ''),
    `Language ${course.language}, SCORM ${course.scormVersion}, ${course.durationWeeks} week(s), budget ${minutes(course.weeklyBudgetMinutes)} per week`,
    '',
  ];
  outline.modules.forEach((module, index) => {
    lines.push(`Module ${index + 1}, week ${module.week}: ${module.title} (${minutes(module.minutes)})`);
    for (const capsule of module.capsules) {
      lines.push(`  - ${capsule.title} [${capsule.kind}] ${minutes(capsule.minutes)}, week ${capsule.week}`);
    }
    if (module.capsules.length === 0) lines.push('  (no capsule yet)');
  });
  const weekly = new Map<number, number>();
  for (const capsule of outline.modules.flatMap((module) => module.capsules)) {
    weekly.set(capsule.week, (weekly.get(capsule.week) ?? 0) + capsule.minutes);
  }
  if (weekly.size > 0) {
    lines.push('', 'Learner load per week:');
    for (const [week, total] of [...weekly].sort(([a], [b]) => a - b)) {
      const over = course.weeklyBudgetMinutes > 0 && total > course.weeklyBudgetMinutes ? '  over budget' : '';
      lines.push(`  week ${week}: ${minutes(total)} of ${minutes(course.weeklyBudgetMinutes)}${over}`);
    }
  }
  lines.push(
    '',
    `Total: ${outline.modules.length} module(s), ${capsuleCount} capsule(s), ${minutes(outline.totalMinutes)}, ` +
      `${outline.objectiveCount} objective(s), ${outline.questionCount} question(s)`,
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
    const outline = await withOpenProject(io.cwd, positionals[0] ?? '', (api) => callOrThrow(api, 'getOutline', {}));
    io.out(values.json ? JSON.stringify(outline, null, 2) : formatOutline(outline));
    return 0;
  },
};
