import { BLOCK } from '../model/blocks';
import type { RichTextDoc, RichTextNode } from '../model/richText';

/** Attributes of our blocks that point at a media asset. */
const MEDIA_ATTRIBUTES = ['mediaId', 'captionsMediaId'] as const;

/** Ids of every media asset a capsule's content uses (images, videos, captions, audio, resources). */
export function mediaIdsIn(node: RichTextNode | RichTextDoc, found: Set<string> = new Set()): Set<string> {
  const attrs = 'attrs' in node ? node.attrs : undefined;
  for (const name of MEDIA_ATTRIBUTES) {
    const value = attrs?.[name];
    if (typeof value === 'string') found.add(value);
  }
  for (const child of node.content ?? []) mediaIdsIn(child, found);
  return found;
}

/** The same content with every reference to `fromId` pointing at `toId` ("replace an asset everywhere"). */
export function replaceMediaIn<T extends RichTextNode | RichTextDoc>(node: T, fromId: string, toId: string | null): T {
  const attrs = 'attrs' in node && node.attrs ? { ...node.attrs } : undefined;
  if (attrs) for (const name of MEDIA_ATTRIBUTES) if (attrs[name] === fromId) attrs[name] = toId;
  const content = node.content?.map((child) => replaceMediaIn(child, fromId, toId));
  return { ...node, ...(attrs ? { attrs } : {}), ...(content ? { content } : {}) };
}

export type MediaAccessibilityGap = 'missing-alt' | 'missing-captions';

/** Accessibility gaps by asset id: an image shown without alternative text, a video without captions. */
export function mediaAccessibilityGaps(node: RichTextNode | RichTextDoc, gaps: Map<string, Set<MediaAccessibilityGap>> = new Map()) {
  const attrs = 'attrs' in node ? node.attrs : undefined;
  const mediaId = attrs?.mediaId;
  if (typeof mediaId === 'string') {
    const gap: MediaAccessibilityGap | null =
      node.type === BLOCK.image && String(attrs?.alt ?? '').trim() === ''
        ? 'missing-alt'
        : node.type === BLOCK.video && typeof attrs?.captionsMediaId !== 'string'
          ? 'missing-captions'
          : null;
    if (gap) gaps.set(mediaId, (gaps.get(mediaId) ?? new Set()).add(gap));
  }
  for (const child of node.content ?? []) mediaAccessibilityGaps(child, gaps);
  return gaps;
}
