/**
 * Reads a Word document (.docx) for `spoc import` and the app's import dialog. The file is untrusted:
 * its size and its zip's unpacked size are capped, every zip entry is checked before mammoth reads it,
 * images linked from outside the document are refused (nothing is ever fetched), and embedded images
 * are kept in memory until the new project stores them.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import mammoth from 'mammoth';
import { appError } from '../../../shared/api/appError';
import type { Course, Language } from '../../../shared/model/course';
import { decodeEntities } from '../../../shared/interchange/mammothHtml';
import {
  courseFromWordHtml,
  headingLevelsOf,
  IMAGE_SRC_PREFIX,
  STORYBOARD_META_CLASS,
  WordImportError,
  type HeadingLevels,
  type WordImage,
  type WordImportResult,
} from '../../../shared/interchange/wordImport';
import { storyboard as storyboardMessages } from '../../../shared/i18n/storyboard';
import { STYLE_NAMES } from '../storyboard/storyboardStyles';
import { buildTemplate } from '../project/courseTemplates';
import { importCourseDocument } from '../project/importCourseDocument';
import type { ProjectFile } from '../project/projectFile';
import { checkEveryEntry, openSafeZip } from './safeZip';

export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
const DOCX_LIMITS = { maxEntries: 5_000, maxTotalBytes: 250 * 1024 * 1024 };
const IMAGE_EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

export interface WordDocumentText {
  html: string;
  images: Map<string, WordImage & { bytes: Buffer }>;
  /** Written by SPOC Studio's storyboard export. */
  storyboard: boolean;
  title: string;
  language: Language | null;
}

/** The docx's HTML and embedded images, after every safety check; throws AppError with what to do. */
export async function readWordDocument(filePath: string, displayName = path.basename(filePath)): Promise<WordDocumentText> {
  const size = statSync(filePath).size;
  if (size > MAX_DOCX_BYTES) {
    throw appError('invalid-input', 'wordTooLarge', { file: displayName, megabytes: Math.round(size / 1_000_000), limit: MAX_DOCX_BYTES / 1024 / 1024 });
  }
  const bytes = readFileSync(filePath);
  const zip = openSafeZip(bytes, DOCX_LIMITS, displayName);
  if (!zip.has('word/document.xml')) throw appError('invalid-input', 'wordNotDocx', { file: displayName });
  checkEveryEntry(zip);
  refuseLinkedImages(displayName, zip.names().filter((name) => /^word\/_rels\/[^/]+\.rels$/.test(name)).map((name) => zip.read(name).toString('utf8')));

  const core = zip.has('docProps/core.xml') ? zip.read('docProps/core.xml').toString('utf8') : '';
  const field = (name: string) => decodeEntities(new RegExp(`<dc:${name}>([^<]*)</dc:${name}>`).exec(core)?.[1] ?? '').trim();
  const storyboard = field('creator') === 'SPOC Studio';
  const subject = field('subject');
  const language = subject === storyboardMessages.fr.documentKind ? 'fr' : subject === storyboardMessages.en.documentKind ? 'en' : null;

  const images = new Map<string, WordImage & { bytes: Buffer }>();
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      externalFileAccess: false,
      styleMap: [`p[style-name='${STYLE_NAMES.meta}'] => p.${STORYBOARD_META_CLASS}:fresh`, `p[style-name='${STYLE_NAMES.quote}'] => blockquote > p:fresh`],
      convertImage: mammoth.images.imgElement(async (image) => {
        const extension = IMAGE_EXTENSIONS[image.contentType];
        // Word's drawing formats (EMF, WMF, TIFF) are not shown by browsers: the preview notes them instead.
        if (!extension) return { src: '' };
        const data = await image.readAsBuffer();
        const sha256 = createHash('sha256').update(data).digest('hex');
        images.set(sha256, { sha256, mimeType: image.contentType, size: data.length, crc32: crc32(data) >>> 0, extension, bytes: data });
        return { src: `${IMAGE_SRC_PREFIX}${sha256}` };
      }),
    },
  );
  return { html: result.value, images, storyboard, title: field('title') || path.basename(displayName, path.extname(displayName)), language };
}

/** A picture "linked to file" points outside the document: importing it would mean fetching it. */
function refuseLinkedImages(file: string, relationships: string[]): void {
  for (const xml of relationships) {
    for (const [relationship] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (!/TargetMode\s*=\s*"External"/.test(relationship) || !/Type\s*=\s*"[^"]*\/image"/.test(relationship)) continue;
      const target = decodeEntities(/Target\s*=\s*"([^"]*)"/.exec(relationship)?.[1] ?? '');
      throw appError('invalid-input', 'wordLinkedPicture', { file, target: target.slice(0, 200) });
    }
  }
}

export interface WordImportPlan extends WordImportResult {
  headingLevels: { level: number; count: number }[];
  storyboard: boolean;
}

/** What the document would give with these heading levels (the preview), or a WordImportError as AppError. */
export function planWordImport(text: WordDocumentText, levels: HeadingLevels, course: Course): WordImportPlan {
  try {
    const result = courseFromWordHtml({ html: text.html, course, levels, images: text.images, storyboard: text.storyboard, createdAt: new Date().toISOString() });
    return { ...result, headingLevels: headingLevelsOf(text.html), storyboard: text.storyboard };
  } catch (error) {
    if (error instanceof WordImportError) throw appError('invalid-input', error.key, error.params);
    throw error;
  }
}

/** The new course's framing: the document's title, in its language (a storyboard says which) or the one given. */
export function wordCourseFraming(text: WordDocumentText, language: Language): Course {
  return buildTemplate('blank', text.title.slice(0, 500) || 'Cours importé', text.language ?? language).course;
}

/** Builds a new project at targetPath from the plan; nothing is left behind if it fails. */
export async function createProjectFromWord(text: WordDocumentText, plan: WordImportPlan, targetPath: string): Promise<ProjectFile> {
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'spoc-word-'));
  try {
    for (const asset of plan.doc.media) writeFileSync(path.join(mediaDir, asset.fileName), text.images.get(asset.sha256)!.bytes);
    return await importCourseDocument(targetPath, plan.doc, mediaDir);
  } finally {
    rmSync(mediaDir, { recursive: true, force: true });
  }
}
