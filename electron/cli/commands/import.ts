import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import { LanguageSchema } from '../../../shared/model/course';
import { byPosition } from '../../../shared/model/byPosition';
import { DEFAULT_HEADING_LEVELS, type HeadingLevels, type WordImportNote } from '../../../shared/interchange/wordImport';
import { CliUsageError, parseCommandArgs, type CliCommand, type CliIo } from '../cliCommand';
import { historyJournalOf } from '../../services/authoring/historyJournalOf';
import { packCourseFolder } from '../../services/interchange/courseFolderIo';
import { importIntoProject } from '../../services/interchange/importIntoProject';
import { importSourceFromDisk, isCourseFolder } from '../../services/interchange/importSourceFromDisk';
import { createProjectFromPackage, readScormPackageFromDisk } from '../../services/interchange/packageImportIo';
import { createProjectFromWord, planWordImport, readWordDocument, wordCourseFraming, type WordImportPlan } from '../../services/interchange/wordImportIo';
import { CourseRepository } from '../../services/project/courseRepository';
import { ProjectFile } from '../../services/project/projectFile';
import { countOf } from '../countOf';
import { newProjectPathFor } from '../outputPathFor';

const USAGE = `Usage: spoc import PACKAGE.zip|FOLDER|DOC.docx -o NEW.spoc [--module-level N] [--capsule-level N] [--language fr|en]
       spoc import PACKAGE.zip|FOLDER|DOC.docx --into PROJECT.spoc [--after-module N] [--module-level N] [--capsule-level N]

Builds a new project from a SCORM package SPOC Studio exported (with its course source, as every export
has unless made --without-source: the project comes back whole), from a course folder (spoc unpack), or from a Word document. A weekly
export (one package per module) is given as its folder or any one of its zips, the others beside it.
A package made by another tool is refused. With --into, the file's modules, capsules, quizzes and
media are added to an existing project instead (after module N, default: at the end; one undo step);
its framing, objectives and cohorts stay the project's. In a Word document, headings become modules and capsules, the text under
a capsule heading (paragraphs, lists, tables, pictures with their alternative text) becomes the
capsule's content, and a two-column table headed "Narration" / "À l'écran" (or "On screen") becomes
a video script. A storyboard SPOC Studio wrote is read back with its outline and texts.
  -o, --output       the project file to create (must not exist)
  --into             an existing project to add the file's modules to
  --after-module     with --into: the module (1 = the first) to add them after
  --module-level     heading level of modules (default: ${DEFAULT_HEADING_LEVELS.module}, Word's "Heading 1")
  --capsule-level    heading level of capsules (default: ${DEFAULT_HEADING_LEVELS.capsule})
  --language         language of the new course (default: fr; a storyboard keeps its own)`;

const NOTES: Record<WordImportNote, (count: number) => string> = {
  textBeforeFirstModule: (count) => `${countOf(count, 'paragraph', 'paragraphs')} before the first module heading ${count === 1 ? 'was' : 'were'} not kept`,
  imageNotEmbedded: (count) => `${countOf(count, 'picture', 'pictures')} in a format browsers do not show (EMF, WMF, TIFF…) ${count === 1 ? 'was' : 'were'} left out`,
  headingAboveModules: (count) => `${countOf(count, 'heading', 'headings')} above the module level ${count === 1 ? 'was' : 'were'} not kept`,
};

function level(value: string | undefined, fallback: number, option: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 6) throw new CliUsageError(`${option} must be a heading level from 1 to 6, not "${value}".`);
  return parsed;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Build a new project from one of our SCORM packages or a Word document',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      output: { type: 'string', short: 'o' },
      into: { type: 'string' },
      'after-module': { type: 'string' },
      'module-level': { type: 'string' },
      'capsule-level': { type: 'string' },
      language: { type: 'string', default: 'fr' },
    });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one file to import.');
    if (!values.output === !values.into) throw new CliUsageError('give either -o NEW.spoc (a new project) or --into PROJECT.spoc (an existing one).');
    if (values['after-module'] !== undefined && !values.into) throw new CliUsageError('--after-module goes with --into.');
    const source = path.resolve(io.cwd, positionals[0]!);
    const target = values.output ? newProjectPathFor(io.cwd, values.output) : path.resolve(io.cwd, values.into!);
    if (path.extname(target).toLowerCase() !== '.spoc') throw new CliUsageError(`the project file must end with .spoc (got ${path.basename(target)}).`);
    const language = LanguageSchema.safeParse(values.language);
    if (!language.success) throw new CliUsageError(`--language must be fr or en, not "${values.language}".`);
    const levels = { module: level(values['module-level'], DEFAULT_HEADING_LEVELS.module, '--module-level'), capsule: level(values['capsule-level'], DEFAULT_HEADING_LEVELS.capsule, '--capsule-level') };
    if (!existsSync(source)) throw appError('not-found', 'pathMissing', { path: source });
    const isFolder = statSync(source).isDirectory();
    const extension = path.extname(source).toLowerCase();
    if (!isFolder && extension !== '.zip' && extension !== '.docx') {
      throw new CliUsageError(`spoc import reads a SCORM package (.zip or a weekly export's folder), a course folder or a Word document (.docx); ${path.basename(source)} is none of those.`);
    }
    if (values.into) return importInto(source, target, values['after-module'], levels, io);
    if (isFolder && isCourseFolder(source)) {
      (await packCourseFolder(source, target)).close();
      io.out(`Imported ${path.basename(source)} into ${target}.`);
      return 0;
    }
    if (isFolder || extension === '.zip') {
      const content = readScormPackageFromDisk(source);
      (await createProjectFromPackage(content, target)).close();
      io.out(`Imported ${path.basename(source)} into ${target}: ${content.doc.modules.length} modules, ${content.doc.capsules.length} capsules, ${content.doc.media.length} media files.`);
      return 0;
    }

    const text = await readWordDocument(source);
    const plan = planWordImport(text, levels, wordCourseFraming(text, language.data));
    const project = await createProjectFromWord(text, plan, target);
    project.close();
    const { modules, capsules, media } = plan.doc;
    io.out(`Imported ${path.basename(source)} into ${target}: ${modules.length} modules, ${capsules.length} capsules, ${media.length} images.`);
    printNotes(plan.notes, io);
    return 0;
  },
};

function printNotes(notes: WordImportPlan['notes'], io: CliIo): void {
  for (const [key, count] of Object.entries(notes)) io.out(`Note: ${NOTES[key as WordImportNote](count)}.`);
}

/** `--into`: the file's modules are added to an existing project, recorded as one undo step. */
async function importInto(source: string, projectPath: string, afterModule: string | undefined, levels: HeadingLevels, io: CliIo): Promise<number> {
  if (!existsSync(projectPath)) throw appError('not-found', 'importIntoMissing', { file: projectPath });
  const project = ProjectFile.open(projectPath);
  try {
    if (project.readOnly) throw appError('read-only', 'projectReadOnly');
    const modules = new CourseRepository(project.db).modules().sort(byPosition);
    let afterModuleId: string | null = null;
    if (afterModule !== undefined) {
      const index = Number(afterModule);
      if (!Number.isInteger(index) || index < 1 || index > modules.length) throw new CliUsageError(`--after-module must be a module number from 1 to ${modules.length}, not "${afterModule}".`);
      afterModuleId = modules[index - 1]!.id;
    }
    const { source: imported, notes } = await importSourceFromDisk(source, levels, new CourseRepository(project.db).course());
    const added = await historyJournalOf(project).record('importIntoCourse', () => importIntoProject(project, imported, afterModuleId));
    io.out(`Imported ${path.basename(source)} into ${projectPath}: ${added.moduleIds.length} modules, ${added.capsuleCount} capsules added${afterModuleId ? ` after module ${afterModule}` : ' at the end'} (one undo step in the app).`);
    printNotes(notes, io);
    return 0;
  } finally {
    project.close();
  }
}
