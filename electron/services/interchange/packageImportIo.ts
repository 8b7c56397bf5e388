/**
 * Rebuilds a project from a SCORM package SPOC Studio exported (`spoc import PACKAGE.zip`), from the
 * course source the export put in it and the media files beside it. The package is untrusted: sizes
 * are capped, the source is checked like a course folder, and each media file must have the SHA-256
 * the source gives it. A package made by another tool carries no source and is refused.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import { mediaPathOf } from '../../../shared/export/mediaPath';
import { courseFromPackageSource, PACKAGE_SOURCE_PATH, PackageSourceError } from '../../../shared/interchange/packageSource';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { importCourseDocument } from '../project/importCourseDocument';
import type { ProjectFile } from '../project/projectFile';
import { openSafeZip, type SafeZip } from './safeZip';

/** Node reads a file into one buffer up to 2 GB; the export warns past 1 GB per package (Rise Up's limit). */
export const MAX_PACKAGE_BYTES = 2 * 1024 * 1024 * 1024 - 1;
const PACKAGE_LIMITS = { maxEntries: 50_000, maxTotalBytes: 4 * 1024 * 1024 * 1024 };

/** The course and its media files, read and checked from a package we exported. */
export interface PackageContent {
  doc: CourseDocument;
  /** The packages the media are in: the package itself, or each module's in a zip of zips. */
  packages: SafeZip[];
}

export function readScormPackage(filePath: string, displayName = path.basename(filePath)): PackageContent {
  const size = statSync(filePath).size;
  if (size > MAX_PACKAGE_BYTES) throw appError('invalid-input', 'packageTooLarge', { file: displayName, megabytes: Math.round(size / 1_000_000) });
  const outer = openSafeZip(readFileSync(filePath), PACKAGE_LIMITS, displayName);
  // "One package per module" exports are a zip of zips; each carries the whole source.
  const nested = !outer.has(PACKAGE_SOURCE_PATH) && outer.names().length > 0 && outer.names().every((name) => name.endsWith('.zip'));
  const packages = nested ? outer.names().map((name) => openSafeZip(outer.read(name), PACKAGE_LIMITS, `${displayName} › ${name}`)) : [outer];
  const withSource = packages.find((pkg) => pkg.has(PACKAGE_SOURCE_PATH));
  if (!withSource) {
    if (packages.some((pkg) => pkg.has('player/player.js') && pkg.names().some((name) => name.endsWith('/course-data.js')))) {
      throw appError('invalid-input', 'packageWithoutSource', { file: displayName });
    }
    throw appError('invalid-input', 'packageNotOurs', { file: displayName, source: PACKAGE_SOURCE_PATH });
  }
  let doc: CourseDocument;
  try {
    doc = courseFromPackageSource(withSource.read(PACKAGE_SOURCE_PATH).toString('utf8'));
  } catch (error) {
    if (error instanceof PackageSourceError) throw appError('invalid-input', 'packageSourceInvalid', { file: displayName, detail: error.message });
    throw error;
  }
  return { doc, packages };
}

/** Builds the new project at targetPath; media are checked against the source before anything is written. */
export async function createProjectFromPackage(content: PackageContent, targetPath: string): Promise<ProjectFile> {
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'spoc-package-'));
  try {
    for (const asset of content.doc.media) {
      const entry = mediaPathOf(asset);
      const pkg = content.packages.find((candidate) => candidate.has(entry));
      if (!pkg) throw appError('invalid-input', 'packageMediaMissing', { entry, name: asset.fileName });
      const bytes = pkg.read(entry);
      if (createHash('sha256').update(bytes).digest('hex') !== asset.sha256) {
        throw appError('invalid-input', 'packageMediaAltered', { entry });
      }
      if (asset.fileName !== path.basename(asset.fileName) || asset.fileName.includes('\\') || asset.fileName === '..' || asset.fileName === '.') {
        throw appError('invalid-input', 'packageMediaPath', { name: asset.fileName });
      }
      writeFileSync(path.join(mediaDir, asset.fileName), bytes, { flag: 'wx' });
    }
    return await importCourseDocument(targetPath, content.doc, mediaDir);
  } finally {
    rmSync(mediaDir, { recursive: true, force: true });
  }
}
