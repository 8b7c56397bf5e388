import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/appError';
import { escapeHtml, toScriptLiteral } from '../../../shared/export/markupEscapes';
import { mediaBlocksOf } from '../../../shared/export/mediaBlocks';
import type { MediaAsset } from '../../../shared/model/course';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import type { ReviewComment, ReviewRound } from '../../../shared/model/review';
import { packMediaHtml } from '../../../shared/review/packMediaHtml';
import { REVIEW_PACK_DATA_ID } from '../../../shared/review/reviewPackData';
import { renderReviewPack, type EarlierComment } from '../../../shared/review/renderReviewPack';
import type { ReviewStore } from './reviewStore';
import { mediaChunks } from '../media/openMediaStream';

/** Images up to this size go into the pack as they are; larger ones become a labelled placeholder (no image library to downscale). */
const MAX_PACK_IMAGE_BYTES = 300 * 1024;
const INLINE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

interface PackAssets {
  script: string;
  style: string;
}

let cachedAssets: PackAssets | null = null;

/** The pack's script and style, built into out/review-pack (and the player's stylesheet beside it). */
function loadPackAssets(): PackAssets {
  if (cachedAssets) return cachedAssets;
  const outDirs = [path.join(__dirname, '..'), path.resolve(__dirname, '../../../out'), path.resolve(process.cwd(), 'out')];
  const dir = outDirs.find((candidate) => existsSync(path.join(candidate, 'review-pack/review.js')) && existsSync(path.join(candidate, 'scorm-player/player.css')));
  if (!dir) throw new AppError('internal', `The review pack's script is not built (looked for review-pack/review.js in ${outDirs.join(', ')}). Run npm run build.`);
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  cachedAssets = { script: read('review-pack/review.js'), style: `${read('scorm-player/player.css')}\n${read('review-pack/review.css')}` };
  return cachedAssets;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The round's review pack as one self-contained HTML page: everything inline, images as data: URLs,
 * and a Content-Security-Policy that allows nothing but the page's own script and style (by hash)
 * and inline images, so the page cannot reach the network.
 */
export function buildReviewPackFile(db: Database, store: ReviewStore, round: ReviewRound): string {
  const doc = store.snapshot(round.id);
  const rounds = store.rounds();
  const previousRound = rounds.filter((candidate) => candidate.number < round.number).at(-1) ?? null;
  const earlierRoundIds = new Set(rounds.filter((candidate) => candidate.number < round.number).map((candidate) => candidate.id));
  const page = renderReviewPack({
    doc,
    round,
    previous: previousRound ? { number: previousRound.number, doc: store.snapshot(previousRound.id) } : null,
    earlierComments: earlierCommentsOf(store.comments().filter((comment) => earlierRoundIds.has(comment.roundId)), rounds, doc),
    mediaHtml: packMediaHtml(round.language, inlineImages(db, doc, round)),
  });
  const assets = loadPackAssets();
  const data = toScriptLiteral(page.data);
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(assets.script)}`,
    `style-src ${sha256(assets.style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="data:,">
<style>${assets.style}</style>
</head>
<body class="rv-page">
${page.body}
<script type="application/json" id="${REVIEW_PACK_DATA_ID}">${data}</script>
<script>${assets.script}</script>
</body>
</html>
`;
}

/** data: URLs of the small images the reviewed capsules show, read from the project's media store. */
function inlineImages(db: Database, doc: CourseDocument, round: ReviewRound): (asset: MediaAsset) => string | null {
  const reviewed = doc.capsules.filter((capsule) => round.moduleIds === null || round.moduleIds.includes(capsule.moduleId));
  const wanted = new Set(reviewed.flatMap((capsule) => mediaBlocksOf(capsule.content).flatMap((block) => (block.type === 'image' && block.attrs?.mediaId ? [block.attrs.mediaId] : []))));
  const urls = new Map<string, string>();
  for (const asset of doc.media) {
    if (!wanted.has(asset.id) || asset.size > MAX_PACK_IMAGE_BYTES || !INLINE_IMAGE_TYPES.has(asset.mimeType)) continue;
    const bytes = readWhole(db, asset.sha256);
    if (bytes?.length === asset.size) urls.set(asset.id, `data:${asset.mimeType};base64,${bytes.toString('base64')}`);
  }
  return (asset) => urls.get(asset.id) ?? null;
}

/** A small image's bytes wherever they are kept, or null when they cannot be read (the pack shows its placeholder). */
function readWhole(db: Database, sha256: string): Buffer | null {
  try {
    return Buffer.concat([...mediaChunks(db, sha256)]);
  } catch {
    return null;
  }
}

function earlierCommentsOf(comments: ReviewComment[], rounds: ReviewRound[], doc: CourseDocument): EarlierComment[] {
  const numberOf = new Map(rounds.map((round) => [round.id, round.number]));
  const capsules = new Map(doc.capsules.map((capsule) => [capsule.id, capsule]));
  const modules = new Map(doc.modules.map((module) => [module.id, module.title]));
  return comments.map((comment) => {
    const capsule = 'capsuleId' in comment.anchor ? capsules.get(comment.anchor.capsuleId) : undefined;
    const moduleTitle = comment.moduleId ? modules.get(comment.moduleId) : undefined;
    const where = [moduleTitle, capsule?.title, 'excerpt' in comment.anchor ? comment.anchor.excerpt.slice(0, 80) : undefined].filter(Boolean).join(' · ');
    return {
      roundNumber: numberOf.get(comment.roundId) ?? 0,
      reviewer: comment.reviewer,
      where,
      quote: comment.anchor.kind === 'quote' ? comment.anchor.quote.text : null,
      text: comment.text,
      status: comment.status,
      reply: comment.reply,
    };
  });
}
