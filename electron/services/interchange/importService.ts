import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError, appError } from '../../../shared/api/appError';
import type { ImportPreview } from '../../../shared/api/importCalls';
import { slugOf } from '../../../shared/interchange/courseFolder';
import { DEFAULT_HEADING_LEVELS, type HeadingLevels } from '../../../shared/interchange/wordImport';
import { byPosition } from '../../../shared/model/byPosition';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { CourseRepository } from '../project/courseRepository';
import type { ProjectFile } from '../project/projectFile';
import { PROJECT_EXTENSION } from '../project/projectFormat';
import { RecentProjects } from '../project/recentProjects';
import type { ServiceDomain } from '../serviceContext';
import type { MediaFileSource } from '../serviceOptions';
import { importIntoProject, type ImportIntoProjectProgress, type ImportSource } from './importIntoProject';
import { checkPackageMedia, createProjectFromPackage, MAX_PACKAGE_BYTES, packageMediaBytes, readScormPackage, withSiblingPackages, type PackageContent } from './packageImportIo';
import { createProjectFromWord, MAX_DOCX_BYTES, planWordImport, readWordDocument, wordCourseFraming, type WordDocumentText, type WordImportPlan } from './wordImportIo';

type ImportMethods = 'stageImport' | 'previewImport' | 'createProjectFromImport' | 'cancelImport' | 'importIntoCourse' | 'getImportProgress';

type Staged = { fileName: string } & ({ kind: 'word'; text: WordDocumentText } | { kind: 'package'; content: PackageContent });

function outlineOf(doc: CourseDocument): ImportPreview['modules'] {
  return [...doc.modules].sort(byPosition).map((module) => ({
    title: module.title,
    capsules: doc.capsules.filter((capsule) => capsule.moduleId === module.id).sort(byPosition).map((capsule) => capsule.title),
  }));
}

/** A weekly export's zip picked on the disk brings the other modules' zips beside it; an upload comes alone. */
function withSiblings(content: PackageContent, filePath: string | undefined): PackageContent {
  return filePath ? withSiblingPackages(content, filePath) : content;
}

/** Copies the picked or uploaded file to a private temporary file, refusing it past `limit` bytes. */
async function copyToTemporary(source: MediaFileSource, limit: number, read: (filePath: string) => Promise<Staged>): Promise<Staged> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spoc-import-'));
  try {
    const filePath = path.join(dir, `import${path.extname(source.fileName).toLowerCase()}`);
    let received = 0;
    await pipeline(
      source.chunks(),
      async function* (chunks: AsyncIterable<Buffer | Uint8Array>) {
        for await (const chunk of chunks) {
          received += chunk.length;
          if (received > limit) throw appError('invalid-input', 'importTooLarge', { name: source.fileName, megabytes: Math.round(limit / 1024 / 1024) });
          yield chunk;
        }
      },
      createWriteStream(filePath, { flags: 'wx' }),
    );
    return await read(filePath);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Import of a Word document or one of our SCORM packages as a new project, with a preview first. */
export const importService: ServiceDomain<ImportMethods> = (context) => {
  const { options } = context;
  let staged: Staged | null = null;
  let progress: ImportIntoProjectProgress | null = null;

  const wordPlan = (text: WordDocumentText, levels: HeadingLevels): WordImportPlan => planWordImport(text, levels, wordCourseFraming(text, 'fr'));

  const previewOf = (current: Staged, levels: HeadingLevels): ImportPreview => {
    if (current.kind === 'package') {
      const { doc } = current.content;
      return { fileName: current.fileName, kind: 'package', title: doc.course.title, headingLevels: [], levels: null, modules: outlineOf(doc), mediaCount: doc.media.length, notes: {}, problem: null };
    }
    const base = { fileName: current.fileName, kind: 'word' as const, title: current.text.title, levels };
    try {
      const plan = wordPlan(current.text, levels);
      return { ...base, headingLevels: plan.headingLevels, modules: outlineOf(plan.doc), mediaCount: plan.doc.media.length, notes: plan.notes, problem: null };
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'invalid-input') throw error;
      return { ...base, headingLevels: [], modules: [], mediaCount: 0, notes: {}, problem: error.message, ...(error.text ? { problemText: error.text } : {}) };
    }
  };

  /** The staged file as a course and its media bytes, for adding it to the open course. */
  const sourceOf = (from: Staged, levels: HeadingLevels): ImportSource => {
    if (from.kind === 'package') return { doc: from.content.doc, mediaBytes: (asset) => packageMediaBytes(from.content, asset) };
    const plan = wordPlan(from.text, levels);
    return { doc: plan.doc, mediaBytes: (asset) => from.text.images.get(asset.sha256)!.bytes };
  };

  const current = (): Staged => {
    if (!staged) throw appError('invalid-input', 'importNothingStaged');
    return staged;
  };

  return {
    stageImport: async () => {
      const source = await options.places.chooseFileToImport?.();
      if (!source) return null;
      const extension = path.extname(source.fileName).toLowerCase();
      if (extension !== '.docx' && extension !== '.zip') {
        throw appError('invalid-input', 'importWrongType', { name: source.fileName });
      }
      staged = null;
      staged = await copyToTemporary(source, extension === '.docx' ? MAX_DOCX_BYTES : MAX_PACKAGE_BYTES, async (filePath) =>
        extension === '.docx'
          ? { fileName: source.fileName, kind: 'word', text: await readWordDocument(filePath, source.fileName) }
          : { fileName: source.fileName, kind: 'package', content: checkPackageMedia(withSiblings(readScormPackage(filePath, source.fileName), source.filePath)) },
      );
      return previewOf(staged, DEFAULT_HEADING_LEVELS);
    },

    previewImport: async ({ levels }) => previewOf(current(), levels ?? DEFAULT_HEADING_LEVELS),

    createProjectFromImport: async ({ levels }) => {
      const from = current();
      const title = from.kind === 'word' ? from.text.title : from.content.doc.course.title;
      const chosen = await options.places.chooseNewProjectPath(`${slugOf(title)}${PROJECT_EXTENSION}`);
      if (chosen === null) return null;
      const target = path.resolve(chosen.endsWith(PROJECT_EXTENSION) ? chosen : `${chosen}${PROJECT_EXTENSION}`);
      const project: ProjectFile =
        from.kind === 'word' ? await createProjectFromWord(from.text, wordPlan(from.text, levels ?? DEFAULT_HEADING_LEVELS), target) : await createProjectFromPackage(from.content, target);
      staged = null;
      const course = new CourseRepository(project.db).course();
      context.setProject(project);
      new RecentProjects(options.appDataDir).remember(project.path, course.title);
      return { path: project.path, fileName: project.fileName, courseId: course.id, title: course.title, client: course.client, readOnly: project.readOnly };
    },

    importIntoCourse: async ({ levels, afterModuleId }) => {
      const project = context.project();
      if (project.readOnly) throw appError('read-only', 'projectReadOnly');
      const from = current();
      progress = { bytesDone: 0, bytesTotal: 0 };
      try {
        const added = await importIntoProject(project, sourceOf(from, levels ?? DEFAULT_HEADING_LEVELS), afterModuleId, (now) => {
          progress = now;
        });
        staged = null;
        return added;
      } finally {
        progress = null;
      }
    },

    getImportProgress: async () => progress,

    cancelImport: async () => {
      staged = null;
      return null;
    },
  };
};
