import path from 'node:path';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { callOrThrow, withOpenProject } from '../cliServices';
import { courseDocumentProblems } from '../courseDocumentProblems';
import { damagedMediaProblems } from '../damagedMediaProblems';
import { projectFileIntegrity } from '../projectFileIntegrity';
import { countOf } from '../countOf';

const USAGE = `Usage: spoc validate FILE.spoc

Opens the project, checks the whole SQLite file (pages, media, foreign keys), every media's bytes
against their SHA-256, then every row against the course model and every reference between rows. Exits 0 when the project is sound,
1 otherwise.`;

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check a project file: integrity, media bytes, every row against the model, references',
  usage: USAGE,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project file.');
    const file = positionals[0] ?? '';
    const document = await withOpenProject(io.cwd, file, (api) => callOrThrow(api, 'getCourseDocument', {}));
    const filePath = path.resolve(io.cwd, file);
    const problems = [...projectFileIntegrity(filePath), ...(await damagedMediaProblems(filePath, document)), ...courseDocumentProblems(document)];
    const name = path.basename(file);
    if (problems.length > 0) {
      io.err([`${name}: ${countOf(problems.length, 'problem', 'problems')} found:`, ...problems.map((problem) => `  - ${problem}`)].join('\n'));
      return 1;
    }
    io.out(
      `${name} is valid: ${countOf(document.modules.length, 'module', 'modules')}, ${countOf(document.capsules.length, 'capsule', 'capsules')}, ` +
        `${countOf(document.questions.length, 'question', 'questions')}, ${countOf(document.media.length, 'media file', 'media files')}.`,
    );
    return 0;
  },
};
