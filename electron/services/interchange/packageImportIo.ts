/**
 * Rebuilds a project from a SCORM package SPOC Studio exported (`spoc import PACKAGE.zip`), from the
 * course source the export put in it and the media files beside it. The package is untrusted: sizes
 * are capped, the source is checked like a course folder, and each media file must have the SHA-256
 * the source gives it. A package made by another tool carries no source and is refused.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appError } from '../../../shared/api/appError';
import { mediaPathOf } from '../../../shared/export/mediaPath';
import { courseFromPackageSource, PACKAGE_SOURCE_PATH, PackageSourceError } from '../../../shared/interchange/packageSource';
import type { MediaAsset } from '../../../shared/model/course';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { importCourseDocument } from '../project/importCourseDocument';
import type { ProjectFile } from '../project/projectFile';
import { openSafeZip, type SafeZip } from './safeZip';

/** Node reads a file into one buffer up to 2 GB; the export warns past 1 GB per package (Rise Up's limit). */
export const MAX_PACKAGE_BYTES = 2 * 1024 * 1024 * 1024 - 1;
const PACKAGE_LIMITS = { maxEntries: 50_000, maxTotalBytes: 4 * 1024 * 1024 * 1024 };
const WHAT = 'The SCORM package';

/** The course and its media files, read and checked from a package we exported. */
export interface PackageContent {
  doc: CourseDocument;
  /** The source entry as read: the packages of one weekly export carry the same one. */
  sourceText: string;
  /** The packages the media are in: the package itself, or each module's in a zip of zips. */
  packages: SafeZip[];
}

export function readScormPackage(filePath: string, displayName = path.basename(filePath)): PackageContent {
  const size = statSync(filePath).size;
  if (size > MAX_PACKAGE_BYTES) throw appError('invalid-input', 'packageTooLarge', { file: displayName, megabytes: Math.round(size / 1_000_000) });
  const outer = openSafeZip(readFileSync(filePath), PACKAGE_LIMITS, WHAT);
  // "One package per module" exports are a zip of zips; each carries the whole source.
  const nested = !outer.has(PACKAGE_SOURCE_PATH) && outer.names().length > 0 && outer.names().every((name) => name.endsWith('.zip'));
  const packages = nested ? outer.names().map((name) => openSafeZip(outer.read(name), PACKAGE_LIMITS, `${WHAT}'s ${name}`)) : [outer];
  const withSource = packages.find((pkg) => pkg.has(PACKAGE_SOURCE_PATH));
  if (!withSource) {
    if (packages.some((pkg) => pkg.has('player/player.js') && pkg.names().some((name) => name.endsWith('/course-data.js')))) {
      throw appError('invalid-input', 'packageWithoutSource', { file: displayName });
    }
    throw appError('invalid-input', 'packageNotOurs', { file: displayName, source: PACKAGE_SOURCE_PATH });
  }
  let doc: CourseDocument;
  const sourceText = withSource.read(PACKAGE_SOURCE_PATH).toString('utf8');
  try {
    doc = courseFromPackageSource(sourceText);
  } catch (error) {
    if (error instanceof PackageSourceError) throw appError('invalid-input', error.key, { ...error.params, file: displayName });
    throw error;
  }
  return { doc, sourceText, packages };
}

/**
 * A package of ours from the disk. A weekly export ("one package per module") is a folder of zips,
 * each holding the whole course's source but only its module's media: given the folder or any one
 * of its zips, the import reads every zip beside it that carries the same source, so the whole
 * course comes back. Zips of another export in the same folder are left alone.
 */
export function readScormPackageFromDisk(filePath: string): PackageContent {
  if (!statSync(filePath).isDirectory()) return withSiblingPackages(readScormPackage(filePath), filePath);
  const zips = readdirSync(filePath).filter((name) => name.toLowerCase().endsWith('.zip')).sort();
  for (const name of zips) {
    let content: PackageContent;
    try {
      content = readScormPackage(path.join(filePath, name));
    } catch {
      continue;
    }
    return { ...content, packages: [...content.packages, ...siblingPackages(filePath, content.sourceText, name)] };
  }
  throw appError('invalid-input', 'packageFolderEmpty', { folder: filePath });
}

/** A weekly export's package read from a copy, completed with the zips beside the original at `originalPath`. */
export function withSiblingPackages(content: PackageContent, originalPath: string): PackageContent {
  if (content.doc.course.packagingMode !== 'module-packages') return content;
  return { ...content, packages: [...content.packages, ...siblingPackages(path.dirname(originalPath), content.sourceText, path.basename(originalPath))] };
}

function siblingPackages(dir: string, sourceText: string, except: string): SafeZip[] {
  const found: SafeZip[] = [];
  for (const name of readdirSync(dir).filter((candidate) => candidate.toLowerCase().endsWith('.zip') && candidate !== except).sort()) {
    const where = path.join(dir, name);
    if (!statSync(where).isFile() || statSync(where).size > MAX_PACKAGE_BYTES) continue;
    let zip: SafeZip;
    try {
      zip = openSafeZip(readFileSync(where), PACKAGE_LIMITS, `${WHAT} ${name}`);
    } catch {
      continue;
    }
    if (zip.has(PACKAGE_SOURCE_PATH) && zip.read(PACKAGE_SOURCE_PATH).toString('utf8') === sourceText) found.push(zip);
  }
  return found;
}

/** The package holding a media file the source lists; refused when none does (a weekly export's zip alone). */
function packageHolding(content: PackageContent, asset: MediaAsset): SafeZip {
  const entry = mediaPathOf(asset);
  const pkg = content.packages.find((candidate) => candidate.has(entry));
  if (pkg) return pkg;
  const weekly = content.doc.course.packagingMode === 'module-packages';
  throw appError('invalid-input', weekly ? 'packageWeeklyAlone' : 'packageMediaMissing', { entry, name: asset.fileName });
}

/** Refuses, before any preview, a package whose media are not all there. */
export function checkPackageMedia(content: PackageContent): PackageContent {
  for (const asset of content.doc.media) packageHolding(content, asset);
  return content;
}

/** The bytes of one media file the source lists, from the package that holds it, checked against its SHA-256. */
export function packageMediaBytes(content: PackageContent, asset: MediaAsset): Buffer {
  const entry = mediaPathOf(asset);
  const pkg = packageHolding(content, asset);
  const bytes = pkg.read(entry);
  if (createHash('sha256').update(bytes).digest('hex') !== asset.sha256) {
    throw appError('invalid-input', 'packageMediaAltered', { entry });
  }
  return bytes;
}

/** Builds the new project at targetPath; media are checked against the source before anything is written. */
export async function createProjectFromPackage(content: PackageContent, targetPath: string): Promise<ProjectFile> {
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'spoc-package-'));
  try {
    for (const asset of content.doc.media) writeFileSync(path.join(mediaDir, asset.fileName), packageMediaBytes(content, asset), { flag: 'wx' });
    return await importCourseDocument(targetPath, content.doc, mediaDir);
  } finally {
    rmSync(mediaDir, { recursive: true, force: true });
  }
}
