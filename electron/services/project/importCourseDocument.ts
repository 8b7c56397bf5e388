import { statSync } from 'node:fs';
import path from 'node:path';
import { AppError, appError } from '../../../shared/api/appError';
import { zodIssueText } from '../../../shared/api/zodIssueText';
import { CourseDocumentSchema, type CourseDocument } from '../../../shared/model/courseDocument';
import { importMediaFile } from '../media/importMediaFile';
import { CourseRepository } from './courseRepository';
import { courseRows } from './courseRows';
import { ProjectFile } from './projectFile';

/**
 * Builds a new project file from a course document (untrusted JSON) and the folder holding its media,
 * each asset's fileName being a file in that folder whose SHA-256 must match the document.
 */
export async function importCourseDocument(targetPath: string, input: unknown, mediaDir: string | null): Promise<ProjectFile> {
  const parsed = CourseDocumentSchema.safeParse(input);
  if (!parsed.success) {
    // The first problem, said in the reader's language (zod's own words are English).
    throw appError('invalid-input', 'courseDocumentInvalid', { detail: zodIssueText(parsed.error.issues[0]!, input) });
  }
  const doc = parsed.data;
  const mediaFiles = doc.media.map((asset) => mediaFilePath(mediaDir, asset.fileName));
  return ProjectFile.create(targetPath, async (project) => {
    project.transaction((db) => insertRows(new CourseRepository(db), doc));
    for (const [index, asset] of doc.media.entries()) {
      await importMediaFile(project, mediaFiles[index]!, asset, { id: asset.id, createdAt: asset.createdAt, expectedSha256: asset.sha256 });
    }
  });
}

/** Where an asset's file is in mediaDir; refuses names with folders in them and missing files. */
export function mediaFilePath(mediaDir: string | null, fileName: string): string {
  const unsafe = fileName !== path.basename(fileName) || fileName === '.' || fileName === '..' || fileName.includes('\\');
  if (unsafe) throw appError('invalid-input', 'mediaNameWithFolders', { name: fileName });
  if (mediaDir === null) throw appError('invalid-input', 'mediaFolderMissing', { name: fileName });
  const filePath = path.join(mediaDir, fileName);
  try {
    if (!statSync(filePath).isFile()) throw new Error('not a file');
  } catch {
    throw appError('file-error', 'mediaFileMissing', { name: fileName, folder: mediaDir });
  }
  return filePath;
}

function insertRows(repository: CourseRepository, doc: CourseDocument): void {
  const db = repository.db;
  insertEach([doc.course], (course) => courseRows.course.insert(db, course));
  insertEach(doc.modules, (module) => courseRows.modules.insert(db, module));
  insertEach(doc.objectives, (objective) => courseRows.objectives.insert(db, objective));
  insertEach(doc.capsules, (capsule) => repository.insertCapsule(capsule));
  insertEach(doc.quizzes, (quiz) => courseRows.quizzes.insert(db, quiz));
  insertEach(doc.questions, (question) => repository.insertQuestion(question));
  insertEach(doc.cohorts, (cohort) => courseRows.cohorts.insert(db, cohort));
  insertEach(doc.liveSessions, (session) => courseRows.liveSessions.insert(db, session));
  insertEach(doc.weeks, (week) => courseRows.weekPlans.insert(db, week));
}

/** Names the item a constraint rejects (a duplicate id, a reference to a missing module…). */
function insertEach<T extends { id?: string; week?: number }>(items: readonly T[], insert: (item: T) => void): void {
  for (const item of items) {
    try {
      insert(item);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (error instanceof AppError || typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) throw error;
      const key = code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ? 'documentDanglingReference' : 'documentDuplicateId';
      throw appError('invalid-input', key, { id: String(item.id ?? item.week) });
    }
  }
}
