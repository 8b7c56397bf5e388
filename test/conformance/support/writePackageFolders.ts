import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildPackagePlan, type PackagePlan } from '../../../shared/export/buildPackagePlan';
import type { ExportOptionsInput } from '../../../shared/export/exportOptions';
import { ExportOptionsSchema } from '../../../shared/export/exportOptions';
import { CourseDocumentSchema, type CourseDocument } from '../../../shared/model/courseDocument';
import { buildPlayerAssets, ROOT } from './buildPlayerAssets';

export const SAMPLE_FOLDER = path.join(ROOT, 'resources/samples/optimanager');

export function loadSampleCourse(): CourseDocument {
  return CourseDocumentSchema.parse(JSON.parse(readFileSync(path.join(SAMPLE_FOLDER, 'course.json'), 'utf8')));
}

/** Media bytes of the sample by sha-256 (the export names media by content). */
function sampleMediaBySha(): Map<string, Buffer> {
  const folder = path.join(SAMPLE_FOLDER, 'media');
  const bytes = new Map<string, Buffer>();
  for (const name of readdirSync(folder)) {
    const content = readFileSync(path.join(folder, name));
    bytes.set(createHash('sha256').update(content).digest('hex'), content);
  }
  return bytes;
}

export interface PackageFolder {
  folder: string;
  /** Launch paths of its SCOs relative to the folder (e.g. sco-1/index.html), in manifest order. */
  scoPaths: string[];
  manifest: string;
}

/**
 * Exports the course with the real package planner (same player files, same layout as the zip)
 * into plain folders, one per package, so a static server can serve them as an LMS would once unzipped.
 */
export async function writePackageFolders(doc: CourseDocument, options: ExportOptionsInput): Promise<{ plan: PackagePlan; packages: PackageFolder[]; root: string }> {
  const plan = buildPackagePlan(doc, ExportOptionsSchema.parse(options), await buildPlayerAssets());
  const media = sampleMediaBySha();
  const root = mkdtempSync(path.join(tmpdir(), 'spoc-play-'));
  const packages = plan.packages.map((planned, index) => {
    const folder = path.join(root, `package-${index + 1}`);
    for (const file of planned.files) {
      const target = path.join(folder, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      if (file.kind === 'text') writeFileSync(target, file.content);
      else {
        const content = media.get(file.sha256);
        if (!content) throw new Error(`media ${file.sha256} of ${file.path} is not in the sample folder`);
        writeFileSync(target, content);
      }
    }
    const manifest = readFileSync(path.join(folder, 'imsmanifest.xml'), 'utf8');
    const scoPaths = [...manifest.matchAll(/<resource\b[^>]*\bhref="([^"]+)"/g)].map((match) => match[1] as string);
    return { folder, scoPaths, manifest };
  });
  return { plan, packages, root };
}
