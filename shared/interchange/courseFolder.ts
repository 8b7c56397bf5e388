/**
 * The readable folder format of a course (`spoc unpack` / `spoc pack`): a course document split
 * into small, stably formatted JSON files that a person can read, diff and keep in git.
 *
 *   course.json                          framing, objectives, cohorts, live sessions, week plans
 *   media.json                           the media list with each file's SHA-256 (files in media/)
 *   modules/01-slug/module.json          one module
 *   modules/01-slug/02-slug.capsule.json one capsule with its content
 *   modules/01-slug/02-slug.quiz.json    the quiz of the capsule of the same name, with its questions
 *
 * Which module a capsule belongs to, and which capsule a quiz belongs to, is said by where its file
 * is, not inside it, so moving a file moves the item. Order is kept by each item's `position`.
 */
import { z } from 'zod';
import { errorText, type ErrorText } from '../api/appError';
import { zodIssueText } from '../api/zodIssueText';
import type { ErrorMessageKey } from '../i18n/errors';
import { byPosition } from '../model/byPosition';
import { groupBy } from '../model/groupBy';
import { COURSE_DOCUMENT_FORMAT, CourseDocumentSchema, type CourseDocument } from '../model/courseDocument';
import { CapsuleSchema, ModuleSchema, QuestionSchema, QuizSchema } from '../model/course';
import { lazySchema } from '../model/lazySchema';

export const COURSE_FOLDER_FORMAT = 1;
const COURSE_FILE = 'course.json';
const MEDIA_FILE = 'media.json';
const MODULE_FILE = 'module.json';
const CAPSULE_SUFFIX = '.capsule.json';
const QUIZ_SUFFIX = '.quiz.json';
const MAX_SLUG_LENGTH = 40;

/** One file of the folder, with its path relative to the folder, always with forward slashes. */
export interface FolderFile {
  path: string;
  text: string;
}

/** What is wrong with a folder, pointing at the file (and line) to fix; the detail is catalogued, so it is said in the user's language. */
export class CourseFolderError extends Error {
  override name = 'CourseFolderError';
  constructor(
    readonly file: string,
    readonly detail: ErrorText,
    readonly line?: number,
  ) {
    super(errorText('en', ...courseFolderProblem(file, detail, line)));
  }

  /** The whole problem (file, line, detail) as one catalogued message. */
  get text(): ErrorText {
    const [key, params] = courseFolderProblem(this.file, this.detail, this.line);
    return { key, params };
  }
}

function courseFolderProblem(file: string, detail: ErrorText, line: number | undefined): [ErrorMessageKey, ErrorText['params']] {
  return line === undefined ? ['courseFolderProblem', { file, detail }] : ['courseFolderProblemAt', { file, line, detail }];
}

const problem = (key: ErrorMessageKey, params: ErrorText['params'] = {}): ErrorText => ({ key, params });

// Each file reads its part as the course document does (with its defaults for older files).
const CourseFileSchema = lazySchema(() => {
  const documentPart = CourseDocumentSchema.shape;
  return z
    .object({
      format: z.literal(COURSE_FOLDER_FORMAT),
      course: documentPart.course,
      objectives: documentPart.objectives,
      cohorts: documentPart.cohorts,
      liveSessions: documentPart.liveSessions,
      weeks: documentPart.weeks,
    })
    .strict();
});
const MediaFileSchema = lazySchema(() => CourseDocumentSchema.shape.media);
const ModuleFileSchema = ModuleSchema;
const CapsuleFileSchema = lazySchema(() => CapsuleSchema.omit({ moduleId: true }).strict());
const QuizFileSchema = lazySchema(() => z
  .object({
    quiz: QuizSchema.omit({ capsuleId: true }).strict(),
    questions: z.array(z.unknown()),
  })
  .strict());

/** Stable, diff-friendly JSON: two-space indentation, keys in the model's order, final newline. */
const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A readable ASCII file-name part from a title: "Écouter activement !" → "ecouter-activement". */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Long titles are cut at a word boundary, so names stay readable.
  const short = slug.length <= MAX_SLUG_LENGTH ? slug : slug.slice(0, slug.lastIndexOf('-', MAX_SLUG_LENGTH) > 0 ? slug.lastIndexOf('-', MAX_SLUG_LENGTH) : MAX_SLUG_LENGTH);
  return short || 'sans-titre';
}

const numbered = (index: number, count: number, title: string): string =>
  `${String(index + 1).padStart(Math.max(2, String(count).length), '0')}-${slugOf(title)}`;

const without = <T extends object, K extends keyof T>(item: T, key: K): Omit<T, K> => {
  const copy = { ...item };
  delete copy[key];
  return copy;
};

/** Splits a course document into the folder's files (media bytes are written beside, by the caller). */
export function courseToFolderFiles(doc: CourseDocument): FolderFile[] {
  return [...folderFilesOf(doc)];
}

/** The same files one at a time, so a large course's source can be written without holding every file at once. */
export function* folderFilesOf(doc: CourseDocument): Generator<FolderFile> {
  yield {
    path: COURSE_FILE,
    text: toJson({
      format: COURSE_FOLDER_FORMAT,
      course: doc.course,
      objectives: [...doc.objectives].sort(byPosition),
      cohorts: doc.cohorts,
      liveSessions: doc.liveSessions,
      weeks: [...doc.weeks].sort((a, b) => a.week - b.week),
    }),
  };
  yield { path: MEDIA_FILE, text: toJson([...doc.media].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0))) };
  // Grouped once: looking each capsule's quiz and questions up in the whole lists was quadratic at 16×.
  const capsulesByModule = groupBy(doc.capsules, (capsule) => capsule.moduleId);
  const quizByCapsule = new Map([...doc.quizzes].reverse().map((quiz) => [quiz.capsuleId, quiz]));
  const questionsByQuiz = groupBy(doc.questions, (question) => question.quizId);
  const modules = [...doc.modules].sort(byPosition);
  for (const [moduleIndex, module] of modules.entries()) {
    const folder = `modules/${numbered(moduleIndex, modules.length, module.title)}`;
    yield { path: `${folder}/${MODULE_FILE}`, text: toJson(module) };
    const capsules = [...(capsulesByModule.get(module.id) ?? [])].sort(byPosition);
    for (const [capsuleIndex, capsule] of capsules.entries()) {
      const stem = `${folder}/${numbered(capsuleIndex, capsules.length, capsule.title)}`;
      yield { path: `${stem}${CAPSULE_SUFFIX}`, text: toJson(without(capsule, 'moduleId')) };
      const quiz = quizByCapsule.get(capsule.id);
      if (!quiz) continue;
      const questions = [...(questionsByQuiz.get(quiz.id) ?? [])].sort(byPosition);
      yield { path: `${stem}${QUIZ_SUFFIX}`, text: toJson({ quiz: without(quiz, 'capsuleId'), questions: questions.map((question) => without(question, 'quizId')) }) };
    }
  }
}

/** The 1-based line of a character offset, for JSON syntax errors. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

function parseJsonFile(file: FolderFile): unknown {
  try {
    return JSON.parse(file.text);
  } catch (error) {
    // The parser's own words are English; only the position it gives is kept, as a line.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : String(error))?.[1];
    throw new CourseFolderError(file.path, problem('folderNotJson'), position ? lineOf(file.text, Number(position)) : undefined);
  }
}

function parseWith<T>(schema: z.ZodType<T>, file: FolderFile, value: unknown = parseJsonFile(file)): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CourseFolderError(file.path, problem('folderFieldInvalid', { issue: zodIssueText(parsed.error.issues[0]!, value) }));
}

/**
 * Joins the folder's files back into a course document. Unknown files are refused rather than
 * silently dropped, so nothing a person added is lost without a word.
 */
export function courseFromFolderFiles(files: readonly FolderFile[]): CourseDocument {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const required = (filePath: string): FolderFile => {
    const file = byPath.get(filePath);
    if (!file) throw new CourseFolderError(filePath, problem('folderFileMissing'));
    return file;
  };
  const courseFile = parseWith(CourseFileSchema, required(COURSE_FILE));
  const mediaFile = required(MEDIA_FILE);
  const media = parseWith(MediaFileSchema, mediaFile);
  // Media files are read from media/ by name: a name with folders in it could reach outside the folder.
  const unsafe = media.find(({ fileName }) => fileName.includes('/') || fileName.includes('\\') || fileName === '.' || fileName === '..');
  if (unsafe) {
    const at = mediaFile.text.indexOf(JSON.stringify(unsafe.fileName));
    throw new CourseFolderError(MEDIA_FILE, problem('folderMediaName', { name: unsafe.fileName }), at >= 0 ? lineOf(mediaFile.text, at) : undefined);
  }

  const doc: CourseDocument = {
    format: COURSE_DOCUMENT_FORMAT,
    course: courseFile.course,
    objectives: courseFile.objectives,
    modules: [],
    capsules: [],
    quizzes: [],
    questions: [],
    media,
    cohorts: courseFile.cohorts,
    liveSessions: courseFile.liveSessions,
    weeks: courseFile.weeks,
  };

  const moduleFolders = new Map<string, string>();
  for (const file of files) {
    const match = /^modules\/([^/]+)\/module\.json$/.exec(file.path);
    if (!match) continue;
    const module = parseWith(ModuleFileSchema, file);
    moduleFolders.set(match[1]!, module.id);
    doc.modules.push(module);
  }

  const capsuleByStem = new Map<string, string>();
  for (const file of files) {
    const match = /^modules\/([^/]+)\/([^/]+)\.capsule\.json$/.exec(file.path);
    if (!match) continue;
    const moduleId = moduleFolders.get(match[1]!);
    if (!moduleId) throw new CourseFolderError(file.path, problem('folderCapsuleOutsideModule'));
    const capsule = parseWith(CapsuleFileSchema, file);
    capsuleByStem.set(`${match[1]}/${match[2]}`, capsule.id);
    doc.capsules.push({ ...capsule, moduleId });
  }

  for (const file of files) {
    const match = /^modules\/([^/]+\/[^/]+)\.quiz\.json$/.exec(file.path);
    if (!match) continue;
    const capsuleId = capsuleByStem.get(match[1]!);
    if (!capsuleId) throw new CourseFolderError(file.path, problem('folderQuizWithoutCapsule', { capsule: `${match[1]}${CAPSULE_SUFFIX}` }));
    const quizFile = parseWith(QuizFileSchema, file);
    doc.quizzes.push({ ...quizFile.quiz, capsuleId });
    quizFile.questions.forEach((question, index) => {
      const withQuiz = typeof question === 'object' && question !== null ? { ...question, quizId: quizFile.quiz.id } : question;
      const parsed = QuestionSchema.safeParse(withQuiz);
      if (!parsed.success) throw new CourseFolderError(file.path, problem('folderFieldInvalid', { issue: zodIssueText(parsed.error.issues[0]!, withQuiz, ['questions', index]) }));
      doc.questions.push(parsed.data);
    });
  }

  const known = (filePath: string) =>
    filePath === COURSE_FILE || filePath === MEDIA_FILE || /^modules\/[^/]+\/(module\.json|[^/]+\.(capsule|quiz)\.json)$/.test(filePath);
  const stray = files.find((file) => !known(file.path));
  if (stray) {
    throw new CourseFolderError(stray.path, problem('folderUnknownFile'));
  }
  return doc;
}
