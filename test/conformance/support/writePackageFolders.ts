import AdmZip from 'adm-zip';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buildPackagePlan, type PackagePlan } from '../../../shared/export/buildPackagePlan';
import type { ExportOptionsInput } from '../../../shared/export/exportOptions';
import { ExportOptionsSchema } from '../../../shared/export/exportOptions';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { writeScormExport } from '../../../electron/services/export/writeScormExport';
import { buildPlayerAssets, ROOT } from './buildPlayerAssets';
import { loadSampleCourse } from '../../support/sampleCourse';

export const SAMPLE_FOLDER = path.join(ROOT, 'resources/samples/optimanager');

export { loadSampleCourse };

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
 * Exports the course as the app does (package planner, then the streaming zip writer) and unzips
 * each zip into a plain folder, as an LMS does before serving it.
 */
export async function writePackageFolders(
  doc: CourseDocument,
  options: ExportOptionsInput,
  /** Media bytes the test added to the sample's, by sha-256. */
  extraMedia: ReadonlyMap<string, Buffer> = new Map(),
): Promise<{ plan: PackagePlan; packages: PackageFolder[]; root: string }> {
  const plan = buildPackagePlan(doc, ExportOptionsSchema.parse(options), await buildPlayerAssets());
  const media = new Map([...sampleMediaBySha(), ...extraMedia]);
  const root = mkdtempSync(path.join(tmpdir(), 'spoc-play-'));
  const zipPath = path.join(root, plan.fileName);
  await writeScormExport(plan, {
    outputPath: zipPath,
    durable: false,
    media: {
      openMediaStream: (sha256) => {
        const content = media.get(sha256);
        if (!content) throw new Error(`media ${sha256} is not in the sample folder`);
        return Readable.from([content]);
      },
    },
  });
  const zips = plan.intoFolder ? plan.packages.map((pkg) => new AdmZip(path.join(zipPath, pkg.fileName))) : [new AdmZip(zipPath)];
  const packages = zips.map((zip, index) => {
    const folder = path.join(root, `package-${index + 1}`);
    zip.extractAllTo(folder, true);
    const manifest = readFileSync(path.join(folder, 'imsmanifest.xml'), 'utf8');
    const scoPaths = [...manifest.matchAll(/<resource\b[^>]*\bhref="([^"]+)"/g)].map((match) => match[1] as string);
    return { folder, scoPaths, manifest };
  });
  return { plan, packages, root };
}
