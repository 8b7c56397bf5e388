import { BLOCK } from '../model/blocks';
import type { Capsule, MediaAsset } from '../model/course';
import { memoizeFrozen, memoizeFrozenWith } from '../model/memoizeFrozen';
import type { RichTextNode } from '../model/richText';
import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

/** Activities (case studies, forums) and live moments may rightly last longer than a capsule. */
const KINDS_WITHOUT_LENGTH_LIMIT = new Set(['activity', 'live-session']);

interface MediaTally {
  imagesWithoutAlt: number;
  videosWithoutCaptions: number;
  longestVideoSeconds: number;
  videosTooLong: number;
}

function tallyMedia(nodes: RichTextNode[] | undefined, tally: MediaTally, mediaSeconds: Map<string, number>, maxVideoSeconds: number): void {
  if (!nodes) return;
  for (const node of nodes) {
    if (node.type === BLOCK.image) {
      const alt = node.attrs?.alt;
      if (typeof alt !== 'string' || alt.trim() === '') tally.imagesWithoutAlt += 1;
    } else if (node.type === BLOCK.video) {
      const attrs = node.attrs ?? {};
      if (typeof attrs.captionsMediaId !== 'string' || attrs.captionsMediaId === '') tally.videosWithoutCaptions += 1;
      const seconds =
        typeof attrs.durationSeconds === 'number'
          ? attrs.durationSeconds
          : typeof attrs.mediaId === 'string'
            ? (mediaSeconds.get(attrs.mediaId) ?? 0)
            : 0;
      if (seconds > maxVideoSeconds) tally.videosTooLong += 1;
      tally.longestVideoSeconds = Math.max(tally.longestVideoSeconds, seconds);
    }
    tallyMedia(node.content, tally, mediaSeconds, maxVideoSeconds);
  }
}

/** Each video's known length, per (frozen) media list. */
const mediaSecondsOf = memoizeFrozen((media: MediaAsset[]) => {
  const seconds = new Map<string, number>();
  for (const asset of media) if (asset.durationSeconds !== null) seconds.set(asset.id, asset.durationSeconds);
  return seconds;
});

/** One capsule's findings, kept while the capsule (frozen), its minutes, the thresholds and the media list stay the same. */
const capsuleFindings = memoizeFrozenWith(
  (capsule: Capsule, minutes: number, maxCapsuleMinutes: number, maxVideoMinutes: number, mediaSeconds: Map<string, number>): Finding[] => {
    const findings: Finding[] = [];
    const target = { kind: 'capsule' as const, id: capsule.id };
    // Rounded as the outline shows it: a capsule the designer sees at "0 min" weighs nothing in its week.
    if (Math.round(minutes) === 0) findings.push(makeFinding('capsule-without-time', 'capsuleWithoutTime', target, { title: capsule.title }));
    if (!KINDS_WITHOUT_LENGTH_LIMIT.has(capsule.kind) && minutes > maxCapsuleMinutes) {
      findings.push(makeFinding('capsule-too-long', 'capsuleTooLong', target, { title: capsule.title, minutes, max: maxCapsuleMinutes }));
    }
    const tally: MediaTally = { imagesWithoutAlt: 0, videosWithoutCaptions: 0, longestVideoSeconds: 0, videosTooLong: 0 };
    tallyMedia(capsule.content.content, tally, mediaSeconds, maxVideoMinutes * 60);
    if (tally.videosTooLong > 0) {
      findings.push(
        makeFinding('video-too-long', 'videoTooLong', target, {
          title: capsule.title,
          minutes: Math.round((tally.longestVideoSeconds / 60) * 10) / 10,
          max: maxVideoMinutes,
          count: tally.videosTooLong,
        }),
      );
    }
    if (tally.imagesWithoutAlt > 0) {
      findings.push(makeFinding('image-without-alt', 'imageWithoutAlt', target, { title: capsule.title, count: tally.imagesWithoutAlt }));
    }
    if (tally.videosWithoutCaptions > 0) {
      findings.push(
        makeFinding('video-without-captions', 'videoWithoutCaptions', target, { title: capsule.title, count: tally.videosWithoutCaptions }),
      );
    }
    return findings;
  },
);

/** Capsule length (none, or too long), long videos, images without alternative text and videos without captions. */
export function checkCapsules(context: CheckContext, findings: Finding[]): void {
  const { maxCapsuleMinutes, maxVideoMinutes } = context.settings;
  const mediaSeconds = mediaSecondsOf(context.doc.media);
  for (const capsule of context.capsules) {
    findings.push(...capsuleFindings(capsule, context.capsuleMinutes.get(capsule.id) ?? 0, maxCapsuleMinutes, maxVideoMinutes, mediaSeconds));
  }
}
