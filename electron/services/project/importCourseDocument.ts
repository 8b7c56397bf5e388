import { statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/appError';
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
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`);
    throw new AppError('invalid-input', `The course document is not valid: ${issues.join('; ')}.`);
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
  if (unsafe) throw new AppError('invalid-input', `Media file name "${fileName}" must be a plain file name, without folders.`);
  if (mediaDir === null) throw new AppError('invalid-input', `The course document lists media ("${fileName}") but no media folder was given.`);
  const filePath = path.join(mediaDir, fileName);
  try {
    if (!statSync(filePath).isFile()) throw new Error('not a file');
  } catch {
    throw new AppError('file-error', `Media file "${fileName}" is missing from ${mediaDir}. Put it back or remove it from the course document.`);
  }
  return filePath;
}

function insertRows(repository: CourseRepository, doc: CourseDocument): void {
  const db = repository.db;
  insertEach('course', [doc.course], (course) => courseRows.course.insert(db, course));
  insertEach('module', doc.modules, (module) => courseRows.modules.insert(db, module));
  insertEach('objective', doc.objectives, (objective) => courseRows.objectives.insert(db, objective));
  insertEach('capsule', doc.capsules, (capsule) => repository.insertCapsule(capsule));
  insertEach('quiz', doc.quizzes, (quiz) => courseRows.quizzes.insert(db, quiz));
  insertEach('question', doc.questions, (question) => repository.insertQuestion(question));
  insertEach('cohort', doc.cohorts, (cohort) => courseRows.cohorts.insert(db, cohort));
  insertEach('live session', doc.liveSessions, (session) => courseRows.liveSessions.insert(db, session));
  insertEach('week plan', doc.weeks, (week) => courseRows.weekPlans.insert(db, week));
}

/** Names the item a constraint rejects (a duplicate id, a reference to a missing module…). */
function insertEach<T extends { id?: string; week?: number }>(what: string, items: readonly T[], insert: (item: T) => void): void {
  for (const item of items) {
    try {
      insert(item);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (error instanceof AppError || typeof code !== 'string' || !code.startsWith('SQLITE_CONSTRAINT')) throw error;
      const reason = code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ? 'refers to an item the document does not contain' : 'repeats an id already used';
      throw new AppError('invalid-input', `The course document's ${what} ${item.id ?? item.week} ${reason}.`);
    }
  }
}
