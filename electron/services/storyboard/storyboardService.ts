import type { Database } from 'better-sqlite3';
import { mediaBlocksOf } from '../../../shared/export/mediaBlocks';
import { formatMessage } from '../../../shared/i18n/formatMessage';
import { storyboard } from '../../../shared/i18n/storyboard';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { openMediaStream } from '../media/openMediaStream';
import { exportFileName } from '../pacing/exportFileName';
import { writeFileAtomically } from '../pacing/writeFileAtomically';
import { readCourseDocument } from '../project/readCourseDocument';
import type { ServiceDomain } from '../serviceContext';
import type { ReviewRound } from '../../../shared/model/review';
import { reviewCommentViews } from '../review/reviewCommentViews';
import { ReviewStore } from '../review/reviewStore';
import { buildStoryboard } from './buildStoryboard';
import type { StoryboardComment } from './commentsSection';
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

/** The open comments of the last review round, placed as the reader finds them; undefined before any round. */
export function openCommentsOfLastRound(db: Database, doc: CourseDocument): StoryboardComment[] | undefined {
  const reviews = new ReviewStore(db);
  const last = reviews.rounds().reduce<ReviewRound | null>((latest, round) => (latest === null || round.number > latest.number ? round : latest), null);
  if (!last) return undefined;
  return reviewCommentViews(reviews, doc)
    .filter((comment) => comment.roundId === last.id && comment.status === 'open')
    .map((comment) => ({
      place: [comment.moduleTitle, comment.capsuleTitle].filter((title): title is string => Boolean(title)).join(' · ') || doc.course.title,
      reviewer: comment.reviewer,
      text: comment.text,
      ...(comment.anchor.kind === 'quote' ? { quote: comment.anchor.quote.text } : {}),
    }));
}

/** The Word storyboard of the open course, written where the user chooses. */
export const storyboardService: ServiceDomain<'exportStoryboard'> = (context) => ({
  async exportStoryboard() {
    const { db } = context.project();
    const doc = readCourseDocument(db);
    const bytes = await buildStoryboard({ doc, images: await readStoryboardImages(db, doc), comments: openCommentsOfLastRound(db, doc), issuedOn: new Date().toISOString().slice(0, 10) });
    const suffix = formatMessage(storyboard[doc.course.language], doc.course.language, 'fileSuffix');
    const target = await context.options.places.chooseExportPath(exportFileName([doc.course.title, suffix], '.docx'));
    if (target === null) return null;
    return { path: target, fileName: target.split(/[\\/]/).pop() ?? target, bytes: writeFileAtomically(target, bytes) };
  },
});
