import path from 'node:path';
import { formatFinding } from '../../../shared/checks/formatFinding';
import type { Finding } from '../../../shared/checks/finding';
import { LanguageSchema, type Language } from '../../../shared/model/course';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { callOrThrow, withOpenProject } from '../cliServices';
import { countOf } from '../countOf';

const USAGE = `Usage: spoc check FILE.spoc [--strict] [--json] [--lang fr|en]

Runs the pedagogical checks (capsule and video length, weekly budget, objectives assessed,
feedback, alt text, captions, cohort size, variety) with the course's own thresholds and
prints one line per finding, first what blocks the export (the same list "spoc export" refuses
on, with the options the next export starts from); the other findings never block it.
  --strict   exit 1 when there is any finding (for CI)
  --json     print the findings as JSON
  --lang     language of the messages (default: the course's language)`;

/** One finding per line: severity, check, explanation, and where it points. */
export function formatFindings(findings: Finding[], language: Language): string {
  const severityWidth = Math.max(...findings.map((finding) => finding.severity.length));
  const checkWidth = Math.max(...findings.map((finding) => finding.checkId.length));
  return findings
    .map(
      (finding) =>
        `${finding.severity.padEnd(severityWidth)}  ${finding.checkId.padEnd(checkWidth)}  ${formatFinding(finding, language)}  [${finding.target.kind} ${finding.target.id}]`,
    )
    .join('\n');
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Run the pedagogical checks on a project (non-zero exit with --strict)',
  usage: USAGE,
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project file.');
    const requestedLanguage = values.lang === undefined ? null : LanguageSchema.safeParse(values.lang);
    if (requestedLanguage && !requestedLanguage.success) throw new CliUsageError(`--lang must be fr or en, not "${values.lang}".`);
    const file = positionals[0] ?? '';

    const { report, courseLanguage } = await withOpenProject(io.cwd, file, async (api) => ({
      report: await callOrThrow(api, 'getCheckReport', {}),
      courseLanguage: (await callOrThrow(api, 'getOutline', {})).course.language,
    }));
    const { findings } = report;
    const exitCode = values.strict && findings.length > 0 ? 1 : 0;
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
      return exitCode;
    }
    const name = path.basename(file);
    if (findings.length === 0) {
      io.out(`${name}: no finding.`);
      return 0;
    }
    const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
    io.out(formatFindings(findings, requestedLanguage?.data ?? courseLanguage));
    io.out(`${name}: ${count('blocks-export')} blocking the export, ${countOf(count('error'), 'error', 'errors')}, ${countOf(count('warning'), 'warning', 'warnings')}, ${countOf(count('info'), 'suggestion', 'suggestions')}.`);
    return exitCode;
  },
};
