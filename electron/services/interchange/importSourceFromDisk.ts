/**
 * A file or folder on the disk as something to import into a course (`spoc import --into`): a Word
 * document, one of our packages (or a weekly export's folder), or a course folder (`spoc unpack`).
 * Each is read and checked by its own reader before anything is written.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Course } from '../../../shared/model/course';
import type { HeadingLevels, WordImportResult } from '../../../shared/interchange/wordImport';
import { mediaFilePath } from '../project/importCourseDocument';
import { readCourseFolder } from './courseFolderIo';
import type { ImportSource } from './importIntoProject';
import { packageMediaBytes, readScormPackageFromDisk } from './packageImportIo';
import { planWordImport, readWordDocument } from './wordImportIo';

/** A course folder has its framing file at its root; a weekly export's folder holds zips. */
export function isCourseFolder(dir: string): boolean {
  return existsSync(path.join(dir, 'course.json'));
}

export async function importSourceFromDisk(
  source: string,
  levels: HeadingLevels,
  course: Course,
): Promise<{ source: ImportSource; notes: WordImportResult['notes'] }> {
  if (statSync(source).isDirectory() && isCourseFolder(source)) {
    const doc = readCourseFolder(source);
    const mediaDir = path.join(source, 'media');
    return { source: { doc, mediaBytes: (asset) => readFileSync(mediaFilePath(mediaDir, asset.fileName)) }, notes: {} };
  }
  if (statSync(source).isDirectory() || path.extname(source).toLowerCase() === '.zip') {
    const content = readScormPackageFromDisk(source);
    return { source: { doc: content.doc, mediaBytes: (asset) => packageMediaBytes(content, asset) }, notes: {} };
  }
  const text = await readWordDocument(source);
  const plan = planWordImport(text, levels, course);
  return { source: { doc: plan.doc, mediaBytes: (asset) => text.images.get(asset.sha256)!.bytes }, notes: plan.notes };
}
