import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import type { ExportNotice } from '../../../shared/export/exportNotice';
import { PackagingModeSchema, ScormVersionSchema, type Cohort } from '../../../shared/model/course';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { callOrThrow, withOpenProject } from '../cliServices';
import { outputFolderFor, outputPathFor } from '../outputPathFor';

const VERSIONS = ScormVersionSchema.options.join('|');
const MODES = PackagingModeSchema.options.join('|');

const USAGE = `Usage: spoc export FILE.spoc --scorm ${VERSIONS} [--mode ${MODES}] [--lock-modules] [--without-source] -o OUT

Exports the course as a SCORM package (a zip; with --mode module-packages, one zip per module,
named by week and module, in the folder OUT). Prints what blocks the export, the warnings, and
the LMS settings to use.
  --scorm          SCORM version (required)
  --mode           course: one SCO for the whole course (default: the mode last exported, else the framing's)
                   module-scos: one SCO per module in one package
                   module-packages: one package per module, for one activity per week in the LMS
  --lock-modules   with module-scos: each module opens once the previous one is completed
  --without-source leave the course source out of the package. By default it is in, so that \`spoc import\`
                   rebuilds the project from the package; learners who fetch the package's files from the LMS
                   could read it (on-screen directions, tutor notes, framing). The app's remembered choice
                   does not apply here: each command line says its own
  --programme      a cohort's name or id: the player shows its programme (weeks, dates, live sessions)
  -o, --output     the zip to write, or an existing folder to write it in under its suggested name;
                   with module-packages, the folder to write the zips in (created if missing)`;

const LABEL: Record<ExportNotice['severity'], string> = { error: 'error', warning: 'warning', info: 'note' };
const formatNotice = (notice: ExportNotice): string => `${LABEL[notice.severity]}: ${notice.message}`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export a SCORM 1.2 / 2004 package (zip)',
  usage: USAGE,
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      scorm: { type: 'string' },
      mode: { type: 'string' },
      'lock-modules': { type: 'boolean', default: false },
      'without-source': { type: 'boolean', default: false },
      programme: { type: 'string' },
      output: { type: 'string', short: 'o' },
    });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project file.');
    if (values.scorm === undefined) throw new CliUsageError(`--scorm is required: ${VERSIONS.replaceAll('|', ', ')}.`);
    const version = ScormVersionSchema.safeParse(values.scorm);
    if (!version.success) throw new CliUsageError(`--scorm must be one of ${VERSIONS.replaceAll('|', ', ')}, not "${values.scorm}".`);
    const requestedMode = values.mode === undefined ? null : PackagingModeSchema.safeParse(values.mode);
    if (requestedMode && !requestedMode.success) throw new CliUsageError(`--mode must be one of ${MODES.replaceAll('|', ', ')}, not "${values.mode}".`);
    if (!values.output) throw new CliUsageError('-o OUT is required: the zip to write, or a folder to write it (or, with module-packages, the zips) in.');
    const output = values.output;
    // Checked once the mode is known (it may be the one the course remembers).
    const target: { zipPath?: (suggestedFileName: string) => string; folder?: string } = {};
    const places = {
      exportPath: (suggested: string) => target.zipPath?.(suggested) ?? '',
      exportFolder: () => target.folder ?? '',
    };
    if (requestedMode?.data !== 'module-packages' && requestedMode !== null) target.zipPath = outputPathFor(io.cwd, output, '.zip');
    const file = positionals[0] ?? '';

    const outcome = await withOpenProject(
      io.cwd,
      file,
      async (api) => {
        const doc = await callOrThrow(api, 'getCourseDocument', {});
        const mode = requestedMode?.data ?? (await callOrThrow(api, 'getExportSettings', {})).mode;
        if (mode === 'module-packages') target.folder = outputFolderFor(io.cwd, output);
        else target.zipPath ??= outputPathFor(io.cwd, output, '.zip');
        const programmeCohortId = values.programme === undefined ? null : cohortIdFor(doc.cohorts, values.programme);
        const options = { version: version.data, mode, lockModules: values['lock-modules'] ?? false, programmeCohortId, includeSource: !(values['without-source'] ?? false) };
        const notices = await callOrThrow(api, 'checkScormExport', options);
        if (notices.some((notice) => notice.severity === 'error')) return { notices, result: null, mode };
        if (io.interrupt?.aborted) throw appError('cancelled', 'interrupted');
        // Ctrl-C cancels the export, which removes its partial file.
        const cancel = () => void api.cancelScormExport({});
        io.interrupt?.addEventListener('abort', cancel, { once: true });
        try {
          return { notices, result: await callOrThrow(api, 'exportScorm', options), mode };
        } finally {
          io.interrupt?.removeEventListener('abort', cancel);
        }
      },
      places,
    );

    const errors = outcome.notices.filter((notice) => notice.severity === 'error');
    if (errors.length > 0) {
      io.err(errors.map(formatNotice).join('\n'));
      io.err(`spoc export: ${path.basename(file)} cannot be exported yet: fix the ${errors.length === 1 ? 'error' : `${errors.length} errors`} above in SPOC Studio.`);
      return 1;
    }
    const result = outcome.result;
    if (!result) throw appError('cancelled', 'nothingWritten');
    const warnings = result.warnings.filter((notice) => notice.severity === 'warning');
    const notes = result.warnings.filter((notice) => notice.severity === 'info');
    if (warnings.length > 0) io.err(warnings.map(formatNotice).join('\n'));
    io.out(`Exported ${result.path} (SCORM ${version.data}, ${outcome.mode}, ${result.files} files, ${megabytes(result.bytes)}).`);
    if (result.packages.length > 1) io.out(result.packages.map((written) => `  ${path.basename(written.path)} (${megabytes(written.bytes)})`).join('\n'));
    if (notes.length > 0) io.out(notes.map(formatNotice).join('\n'));
    return 0;
  },
};

/** The cohort named (or identified) on the command line; its absence is a usage error listing the cohorts. */
function cohortIdFor(cohorts: ReadonlyArray<Pick<Cohort, 'id' | 'name'>>, wanted: string): string {
  const match = cohorts.find((cohort) => cohort.id === wanted) ?? cohorts.find((cohort) => cohort.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (match) return match.id;
  const known = cohorts.length ? `the course's cohorts are: ${cohorts.map((cohort) => `"${cohort.name}"`).join(', ')}` : 'the course has no cohort yet: add one in Pacing';
  throw new CliUsageError(`--programme: no cohort "${wanted}" in the course; ${known}.`);
}

function megabytes(bytes: number): string {
  return bytes < 100_000 ? `${Math.max(1, Math.round(bytes / 1_000))} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
