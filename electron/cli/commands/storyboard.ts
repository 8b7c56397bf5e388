import { appError } from '../../../shared/api/appError';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { callOrThrow, withOpenProject } from '../cliServices';
import { outputPathFor } from '../outputPathFor';

const USAGE = `Usage: spoc storyboard FILE.spoc -o OUT

Writes the course's storyboard as a Word document (.docx) in the course's language, for the client
to read and print: framing, objectives and alignment matrix, outline, every capsule with its video
scripts and quizzes (correct answers marked), the week-by-week plan, open review comments.
  -o, --output   the .docx to write, or an existing folder to write it in under its suggested name`;

export const storyboardCommand: CliCommand = {
  name: 'storyboard',
  summary: 'Write the Word storyboard (.docx) of a course for client review',
  usage: USAGE,
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, { output: { type: 'string', short: 'o' } });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project file.');
    if (!values.output) throw new CliUsageError('-o OUT is required: the .docx to write, or a folder to write it in.');
    const exportPath = outputPathFor(io.cwd, values.output, '.docx');
    const file = await withOpenProject(io.cwd, positionals[0] ?? '', (api) => callOrThrow(api, 'exportStoryboard', {}), { exportPath });
    if (!file) throw appError('cancelled', 'nothingWritten');
    io.out(`Wrote ${file.path} (${Math.max(1, Math.round(file.bytes / 1_000))} kB).`);
    return 0;
  },
};
