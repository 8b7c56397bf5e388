import path from 'node:path';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { unpackProject } from '../../services/interchange/courseFolderIo';

const USAGE = `Usage: spoc unpack FILE.spoc DIR

Writes the course as a folder a person can read, diff and keep in git: course.json (framing,
objectives, cohorts, pacing), media.json and media/, and modules/NN-title/ with one file per
module, capsule and quiz. DIR must not exist yet (or be empty). \`spoc pack DIR -o FILE.spoc\`
rebuilds the project.`;

export const unpackCommand: CliCommand = {
  name: 'unpack',
  summary: 'Write a project as a readable folder (for git and scripts)',
  usage: USAGE,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 2) throw new CliUsageError('give the project file and the folder to write.');
    const [file, dir] = positionals.map((given) => path.resolve(io.cwd, given));
    const written = await unpackProject(file!, dir!);
    io.out(`Unpacked ${path.basename(file!)} into ${dir}: ${written.files} course files, ${written.mediaFiles} media files.`);
    return 0;
  },
};
