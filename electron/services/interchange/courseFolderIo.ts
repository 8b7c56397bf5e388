/**
 * Writes a project as a readable course folder and builds a project from one (`spoc unpack`,
 * `spoc pack`). The folder is untrusted on the way in: only regular files are read, within size
 * limits, and nothing is written until the whole folder is valid.
 */
import { createWriteStream, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { appError } from '../../../shared/api/appError';
import { courseFromFolderFiles, CourseFolderError, courseToFolderFiles, type FolderFile } from '../../../shared/interchange/courseFolder';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { openMediaStream } from '../media/openMediaStream';
import { importCourseDocument, mediaFilePath } from '../project/importCourseDocument';
import { ProjectFile } from '../project/projectFile';
import { readCourseDocument } from '../project/readCourseDocument';

const MEDIA_FOLDER = 'media';
/** Far above any real course (the 16× stress course's largest file is < 1 MB); refuses a disguised dump. */
const MAX_JSON_FILE_BYTES = 16 * 1024 * 1024;
const MAX_FILES = 50_000;

/** Unpacks the project at projectPath into dir, which must not exist yet or be empty. */
export async function unpackProject(projectPath: string, dir: string): Promise<{ files: number; mediaFiles: number }> {
  if (existsSync(dir) && (!lstatSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw appError('conflict', 'folderNotEmpty', { folder: dir });
  }
  const project = ProjectFile.open(projectPath);
  const staging = path.join(path.dirname(dir), `.${path.basename(dir)}.${process.pid}.unpacking`);
  try {
    const doc = readCourseDocument(project.db);
    const files = courseToFolderFiles(doc);
    rmSync(staging, { recursive: true, force: true });
    for (const file of files) {
      const target = path.join(staging, ...file.path.split('/'));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.text);
    }
    mkdirSync(path.join(staging, MEDIA_FOLDER), { recursive: true });
    for (const asset of doc.media) {
      await pipeline(openMediaStream(project.db, asset.sha256), createWriteStream(path.join(staging, MEDIA_FOLDER, asset.fileName), { flags: 'wx' }));
    }
    if (existsSync(dir)) rmdirSync(dir);
    renameSync(staging, dir);
    return { files: files.length, mediaFiles: doc.media.length };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    project.close();
  }
}

/** Builds a new project at targetPath from the course folder dir; targetPath must not exist. */
export async function packCourseFolder(dir: string, targetPath: string): Promise<ProjectFile> {
  if (existsSync(targetPath)) throw appError('conflict', 'fileExists', { file: targetPath });
  if (!existsSync(dir) || !lstatSync(dir).isDirectory()) throw appError('not-found', 'notACourseFolder', { folder: dir });
  const doc = readCourseFolder(dir);
  const mediaDir = path.join(dir, MEDIA_FOLDER);
  for (const asset of doc.media) mediaFilePath(mediaDir, asset.fileName);
  const listed = new Set(doc.media.map((asset) => asset.fileName));
  const unlisted = existsSync(mediaDir) ? readdirSync(mediaDir).filter((name) => !name.startsWith('.') && !listed.has(name)) : [];
  if (unlisted.length > 0) {
    throw appError('invalid-input', 'mediaNotListed', { file: path.join(mediaDir, unlisted[0]!) });
  }
  return importCourseDocument(targetPath, doc, existsSync(mediaDir) ? mediaDir : null);
}

/** The course document of a course folder, every file checked; errors name the file (and line). */
export function readCourseFolder(dir: string): CourseDocument {
  try {
    return courseFromFolderFiles(readFolderFiles(dir));
  } catch (error) {
    if (error instanceof CourseFolderError) {
      const { key, params } = error.text;
      throw appError('invalid-input', key, { ...params, file: path.join(dir, error.file) });
    }
    throw error;
  }
}

/**
 * Every JSON file of the folder, with forward-slash paths. Hidden entries (.git, .DS_Store) are
 * skipped; links and special files are refused, so a folder cannot make us read outside itself.
 */
function readFolderFiles(dir: string): FolderFile[] {
  const files: FolderFile[] = [];
  const walk = (relative: string[]): void => {
    for (const name of readdirSync(path.join(dir, ...relative)).sort()) {
      if (name.startsWith('.')) continue;
      const entry = [...relative, name];
      const where = path.join(dir, ...entry);
      const stat = lstatSync(where);
      if (stat.isSymbolicLink() || !(stat.isFile() || stat.isDirectory())) {
        throw appError('invalid-input', 'courseFolderLink', { file: where });
      }
      if (files.length >= MAX_FILES) throw appError('invalid-input', 'courseFolderTooMany', { folder: dir, limit: MAX_FILES });
      if (stat.isDirectory()) {
        walk(entry);
        continue;
      }
      if (entry[0] === MEDIA_FOLDER) continue;
      if (stat.size > MAX_JSON_FILE_BYTES) throw appError('invalid-input', 'courseFileTooLarge', { file: where, size: stat.size, limit: MAX_JSON_FILE_BYTES });
      files.push({ path: entry.join('/'), text: readFileSync(where, 'utf8') });
    }
  };
  walk([]);
  return files;
}
