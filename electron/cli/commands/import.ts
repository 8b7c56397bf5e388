import { existsSync } from 'node:fs';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import { LanguageSchema } from '../../../shared/model/course';
import { DEFAULT_HEADING_LEVELS, type WordImportNote } from '../../../shared/interchange/wordImport';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { createProjectFromPackage, readScormPackage } from '../../services/interchange/packageImportIo';
import { createProjectFromWord, planWordImport, readWordDocument, wordCourseFraming } from '../../services/interchange/wordImportIo';

const USAGE = `Usage: spoc import PACKAGE.zip|DOC.docx -o NEW.spoc [--module-level N] [--capsule-level N] [--language fr|en]

Builds a new project from a SCORM package SPOC Studio exported (every export carries its course
source: the project comes back whole) or from a Word document. A package made by another tool is
refused. In a Word document, headings become modules and capsules, the text under
a capsule heading (paragraphs, lists, tables, pictures with their alternative text) becomes the
capsule's content, and a two-column table headed "Narration" / "À l'écran" (or "On screen") becomes
a video script. A storyboard SPOC Studio wrote is read back with its outline and texts.
  -o, --output       the project file to create (must not exist)
  --module-level     heading level of modules (default: ${DEFAULT_HEADING_LEVELS.module}, Word's "Heading 1")
  --capsule-level    heading level of capsules (default: ${DEFAULT_HEADING_LEVELS.capsule})
  --language         language of the new course (default: fr; a storyboard keeps its own)`;

const NOTES: Record<WordImportNote, string> = {
  textBeforeFirstModule: 'paragraph(s) before the first module heading were not kept',
  imageNotEmbedded: 'picture(s) in a format browsers do not show (EMF, WMF, TIFF…) were left out',
  headingAboveModules: 'heading(s) above the module level were not kept',
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
      'module-level': { type: 'string' },
      'capsule-level': { type: 'string' },
      language: { type: 'string', default: 'fr' },
    });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one file to import.');
    if (!values.output) throw new CliUsageError('-o is required: the project file to create, e.g. -o cours.spoc.');
    const source = path.resolve(io.cwd, positionals[0]!);
    const target = path.resolve(io.cwd, values.output);
    if (path.extname(target).toLowerCase() !== '.spoc') throw new CliUsageError(`the project file must end with .spoc (got ${path.basename(target)}).`);
    const language = LanguageSchema.safeParse(values.language);
    if (!language.success) throw new CliUsageError(`--language must be fr or en, not "${values.language}".`);
    const levels = { module: level(values['module-level'], DEFAULT_HEADING_LEVELS.module, '--module-level'), capsule: level(values['capsule-level'], DEFAULT_HEADING_LEVELS.capsule, '--capsule-level') };
    if (existsSync(target)) throw appError('conflict', 'fileExists', { file: target });
    if (!existsSync(source)) throw appError('not-found', 'pathMissing', { path: source });
    const extension = path.extname(source).toLowerCase();
    if (extension === '.zip') {
      const content = readScormPackage(source);
      (await createProjectFromPackage(content, target)).close();
      io.out(`Imported ${path.basename(source)} into ${target}: ${content.doc.modules.length} modules, ${content.doc.capsules.length} capsules, ${content.doc.media.length} media files.`);
      return 0;
    }
    if (extension !== '.docx') throw new CliUsageError(`spoc import reads a SCORM package (.zip) or a Word document (.docx); ${path.basename(source)} is neither.`);

    const text = await readWordDocument(source);
    const plan = planWordImport(text, levels, wordCourseFraming(text, language.data));
    const project = await createProjectFromWord(text, plan, target);
    project.close();
    const { modules, capsules, media } = plan.doc;
    io.out(`Imported ${path.basename(source)} into ${target}: ${modules.length} modules, ${capsules.length} capsules, ${media.length} images.`);
    for (const [key, count] of Object.entries(plan.notes)) io.out(`Note: ${count} ${NOTES[key as WordImportNote]}.`);
    return 0;
  },
};
