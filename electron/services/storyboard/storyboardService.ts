import type { Database } from 'better-sqlite3';
import { mediaBlocksOf } from '../../../shared/export/mediaBlocks';
import { catalogText } from '../../../shared/i18n/catalogText';
import { storyboard } from '../../../shared/i18n/storyboard';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { openMediaStream } from '../media/openMediaStream';
import { exportFileName } from '../pacing/exportFileName';
import { writeFileAtomically } from '../pacing/writeFileAtomically';
import { readCourseDocument } from '../project/readCourseDocument';
import type { ServiceDomain } from '../serviceContext';
import { buildStoryboard } from './buildStoryboard';
import { EMBEDDABLE_IMAGE_TYPES, MAX_EMBEDDED_IMAGE_BYTES } from './pictureRun';

/** Bytes of the images the capsules show and the storyboard can embed, read once each from the media store. */
export async function readStoryboardImages(db: Database, doc: CourseDocument): Promise<Map<string, Uint8Array>> {
  const assets = new Map(doc.media.map((asset) => [asset.id, asset]));
  const images = new Map<string, Uint8Array>();
  for (const capsule of doc.capsules) {
    for (const block of mediaBlocksOf(capsule.content)) {
      const asset = block.type === 'image' && block.attrs?.mediaId ? assets.get(block.attrs.mediaId) : undefined;
      if (!asset || images.has(asset.sha256) || !EMBEDDABLE_IMAGE_TYPES.has(asset.mimeType) || asset.size > MAX_EMBEDDED_IMAGE_BYTES) continue;
      const chunks: Buffer[] = [];
      for await (const chunk of openMediaStream(db, asset.sha256)) chunks.push(chunk as Buffer);
      images.set(asset.sha256, Buffer.concat(chunks));
    }
  }
  return images;
}

/** The Word storyboard of the open course, written where the user chooses. */
export const storyboardService: ServiceDomain<'exportStoryboard'> = (context) => ({
  async exportStoryboard() {
    const { db } = context.project();
    const doc = readCourseDocument(db);
    const bytes = await buildStoryboard({ doc, images: await readStoryboardImages(db, doc), issuedOn: new Date().toISOString().slice(0, 10) });
    const suffix = catalogText(storyboard, doc.course.language, 'fileSuffix');
    const target = await context.options.places.chooseExportPath(exportFileName([doc.course.title, suffix], '.docx'));
    if (target === null) return null;
    return { path: target, fileName: target.split(/[\\/]/).pop() ?? target, bytes: writeFileAtomically(target, bytes) };
  },
});
