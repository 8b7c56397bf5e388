/**
 * The course source every SCORM export carries (`spoc-source.json`), so that a package we made can be
 * rebuilt into the full project: the readable folder format's files in one JSON entry (the zip
 * deflates it). Media bytes are not repeated: the package already holds each as media/<sha256>.<ext>,
 * so the source lists only the media the package shows, and the importer checks every hash.
 */
import { z } from 'zod';
import { errorText, type ErrorParams } from '../api/appError';
import { zodIssueText } from '../api/zodIssueText';
import type { ExportOptions } from '../export/exportOptions';
import { mediaBlocksOf, mediaIdsOf } from '../export/mediaBlocks';
import type { CourseDocument } from '../model/courseDocument';
import { courseFromFolderFiles, CourseFolderError, folderFilesOf } from './courseFolder';

export const PACKAGE_SOURCE_PATH = 'spoc-source.json';
export const PACKAGE_SOURCE_FORMAT = 1;

const PackageSourceSchema = z
  .object({
    format: z.literal(PACKAGE_SOURCE_FORMAT),
    files: z.array(z.object({ path: z.string().min(1).max(1_000), text: z.string() }).strict()).max(50_000),
  })
  .strict();

/**
 * The source entry's text (the course as exported: its SCORM version and mode are the ones chosen), in
 * pieces, one per file: the same text as stringifying it whole, without holding it whole (tens of MB at 16×).
 */
export function* packageSourcePieces(doc: CourseDocument, options: Pick<ExportOptions, 'version' | 'mode'>): Generator<string> {
  const shown = new Set(doc.capsules.flatMap((capsule) => mediaBlocksOf(capsule.content).flatMap(mediaIdsOf)));
  const exported: CourseDocument = {
    ...doc,
    course: { ...doc.course, scormVersion: options.version, packagingMode: options.mode },
    media: doc.media.filter((asset) => shown.has(asset.id)),
  };
  yield `{"format":${PACKAGE_SOURCE_FORMAT},"files":[`;
  let separator = '';
  for (const file of folderFilesOf(exported)) {
    yield separator + JSON.stringify(file);
    separator = ',';
  }
  yield ']}\n';
}

/** A source entry is damaged or forged; its catalogued text (the package's name filled in by the caller) says which. */
export class PackageSourceError extends Error {
  override name = 'PackageSourceError';
  readonly params: ErrorParams;
  constructor(
    readonly key: 'packageSourceNotJson' | 'packageSourceShape' | 'packageSourceOutside' | 'packageSourceNotCourse',
    params: ErrorParams = {},
  ) {
    super(errorText('en', key, { file: 'package', source: PACKAGE_SOURCE_PATH, ...params }));
    this.params = { source: PACKAGE_SOURCE_PATH, ...params };
  }
}

/** The course document of a source entry, every file checked as `spoc pack` checks a folder. */
export function courseFromPackageSource(text: string): CourseDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PackageSourceError('packageSourceNotJson');
  }
  const parsed = PackageSourceSchema.safeParse(value);
  if (!parsed.success) throw new PackageSourceError('packageSourceShape', { detail: zodIssueText(parsed.error.issues[0]!, value) });
  const unsafe = parsed.data.files.find((file) => file.path.startsWith('/') || file.path.includes('\\') || file.path.split('/').some((part) => part === '..' || part === '.' || part === ''));
  if (unsafe) throw new PackageSourceError('packageSourceOutside', { path: unsafe.path });
  try {
    return courseFromFolderFiles(parsed.data.files);
  } catch (error) {
    // A field's problem alone: the advice to fix the folder's file is no use to whoever imports a package.
    if (error instanceof CourseFolderError) throw new PackageSourceError('packageSourceNotCourse', { detail: fieldProblemOnly(error).text });
    throw error;
  }
}

function fieldProblemOnly(error: CourseFolderError): CourseFolderError {
  const { issue } = error.detail.params;
  return error.detail.key === 'folderFieldInvalid' && typeof issue === 'object' ? new CourseFolderError(error.file, issue, error.line) : error;
}
