import path from 'node:path';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { newProjectPathFor } from '../outputPathFor';
import { packCourseFolder } from '../../services/interchange/courseFolderIo';

const USAGE = `Usage: spoc pack DIR -o FILE.spoc

Builds a project file from a course folder written by \`spoc unpack\` (and maybe edited since).
The whole folder is checked first; an error names the file (and line) to fix, and no project is
written. FILE.spoc must not exist yet.
  -o, --output   the project file to create`;

export const packCommand: CliCommand = {
  name: 'pack',
  summary: 'Build a project file from a course folder',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { output: { type: 'string', short: 'o' } });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one course folder.');
    if (!values.output) throw new CliUsageError('-o is required: the project file to create, e.g. -o cours.spoc.');
    const target = newProjectPathFor(io.cwd, values.output);
    const project = await packCourseFolder(path.resolve(io.cwd, positionals[0]!), target);
    project.close();
    io.out(`Packed ${positionals[0]} into ${target}.`);
    return 0;
  },
};
