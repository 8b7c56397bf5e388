import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { readCourseFolder } from '../interchange/courseFolderIo';
import { importCourseDocument } from './importCourseDocument';
import { PROJECT_EXTENSION } from './projectFormat';
import { ProjectFile } from './projectFile';
import { readCourseDocument } from './readCourseDocument';
import { sameCourseDocument } from './sameCourseDocument';

const SAMPLE = 'optimanager';
const COPY_BASE_NAME = 'optimanager-exemple';

/**
 * Opens a copy of the bundled sample in the workspace folder. A copy still identical to the sample is
 * reused (opening the sample twice does not litter the folder); once edited, the next call makes
 * optimanager-exemple-2.spoc, -3…, so a designer's edits are never overwritten.
 */
export async function openSampleCopy(resourcesDir: string, workspaceDir: string, openNow: ProjectFile | null): Promise<ProjectFile> {
  const sampleDir = path.join(resourcesDir, 'samples', SAMPLE);
  let sample: CourseDocument;
  try {
    sample = readCourseFolder(sampleDir);
  } catch (error) {
    throw appError('internal', 'sampleUnreadable', { detail: (error as Error).message });
  }
  const isPristine = (project: ProjectFile): boolean => {
    try {
      return sameCourseDocument(readCourseDocument(project.db), sample);
    } catch {
      return false;
    }
  };
  mkdirSync(workspaceDir, { recursive: true });
  for (let copy = 1; copy < 1_000; copy += 1) {
    const candidate = path.join(workspaceDir, `${COPY_BASE_NAME}${copy === 1 ? '' : `-${copy}`}${PROJECT_EXTENSION}`);
    if (!existsSync(candidate)) return importCourseDocument(candidate, sample, path.join(sampleDir, 'media'));
    if (openNow?.path === candidate) {
      if (isPristine(openNow)) return openNow;
      continue;
    }
    const existing = tryOpen(candidate);
    if (existing && isPristine(existing)) return existing;
    existing?.close();
  }
  throw appError('file-error', 'tooManySampleCopies', { folder: workspaceDir });
}

function tryOpen(filePath: string): ProjectFile | null {
  try {
    return ProjectFile.open(filePath);
  } catch {
    return null;
  }
}
