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
