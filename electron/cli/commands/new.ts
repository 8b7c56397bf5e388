import { appError } from '../../../shared/api/appError';
import { CourseTemplateSchema } from '../../../shared/api/projectCalls';
import { LanguageSchema } from '../../../shared/model/course';
import { CliUsageError, parseCommandArgs, type CliCommand } from '../cliCommand';
import { newProjectPathFor } from '../outputPathFor';
import { callOrThrow, withCliServices } from '../cliServices';

const USAGE = `Usage: spoc new FILE.spoc --title TITLE [--language fr|en] [--template ${CourseTemplateSchema.options.join('|')}]

Creates a project file. It is never overwritten if it exists.
  --title      course title (required)
  --language   language of the course (default: fr)
  --template   starting structure (default: blank)`;

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Create a project file from a template',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      title: { type: 'string' },
      language: { type: 'string', default: 'fr' },
      template: { type: 'string', default: 'blank' },
    });
    if (positionals.length !== 1) throw new CliUsageError('give exactly one project file to create.');
    if (!values.title?.trim()) throw new CliUsageError('--title is required, e.g. --title "OPTIMANAGER".');
    const language = LanguageSchema.safeParse(values.language);
    if (!language.success) throw new CliUsageError(`--language must be fr or en, not "${values.language}".`);
    const template = CourseTemplateSchema.safeParse(values.template);
    if (!template.success) {
      throw new CliUsageError(`--template must be one of ${CourseTemplateSchema.options.join(', ')}, not "${values.template}".`);
    }
    const filePath = newProjectPathFor(io.cwd, positionals[0] ?? '');
    const created = await withCliServices(io.cwd, { newProjectPath: filePath }, (api) =>
      callOrThrow(api, 'createProject', { title: values.title ?? '', language: language.data, template: template.data }),
    );
    if (!created) throw appError('cancelled', 'nothingWritten');
    io.out(`Created ${created.path} ("${created.title}", ${language.data}, template ${template.data}).`);
    return 0;
  },
};
