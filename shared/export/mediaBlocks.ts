import { AudioAttrsSchema, ImageAttrsSchema, LabeledGraphicAttrsSchema, ResourceAttrsSchema, VideoAttrsSchema } from '../model/blockAttrsSchemas';
import { BLOCK } from '../model/blocks';
import { memoizeFrozen } from '../model/memoizeFrozen';
import type { RichTextDoc, RichTextNode } from '../model/richText';
import type { z } from 'zod';

/** A block of capsule content that points at media files, with its attributes checked. */
export type MediaBlock =
  | { type: 'image'; attrs: z.infer<typeof ImageAttrsSchema> | null }
  | { type: 'video'; attrs: z.infer<typeof VideoAttrsSchema> | null }
  | { type: 'audio'; attrs: z.infer<typeof AudioAttrsSchema> | null }
  | { type: 'resource'; attrs: z.infer<typeof ResourceAttrsSchema> | null };

/** Reads a node as a media block; attrs is null when they do not match the block's schema. */
export function asMediaBlock(node: RichTextNode): MediaBlock | null {
  switch (node.type) {
    case BLOCK.image:
      return { type: 'image', attrs: ImageAttrsSchema.safeParse(node.attrs).data ?? null };
    case BLOCK.video:
      return { type: 'video', attrs: VideoAttrsSchema.safeParse(node.attrs).data ?? null };
    case BLOCK.audio:
      return { type: 'audio', attrs: AudioAttrsSchema.safeParse(node.attrs).data ?? null };
    case BLOCK.resource:
      return { type: 'resource', attrs: ResourceAttrsSchema.safeParse(node.attrs).data ?? null };
    default:
      return null;
  }
}

/** A labeled graphic's picture as an image block (no caption), so packaging, checks and previews count it like any image. */
export function graphicImageOf(node: RichTextNode): Extract<MediaBlock, { type: 'image' }> | null {
  if (node.type !== BLOCK.labeledGraphic) return null;
  const attrs = LabeledGraphicAttrsSchema.safeParse(node.attrs).data;
  return { type: 'image', attrs: attrs ? { ...attrs, caption: '' } : null };
}

/** Every media block of a document, in reading order, a labeled graphic's picture included (not to be changed: it may be shared). */
export const mediaBlocksOf: (doc: RichTextDoc | RichTextNode) => MediaBlock[] = memoizeFrozen(findMediaBlocks);

function findMediaBlocks(doc: RichTextDoc | RichTextNode): MediaBlock[] {
  const found: MediaBlock[] = [];
  const visit = (node: RichTextNode): void => {
    const block = asMediaBlock(node) ?? graphicImageOf(node);
    if (block) found.push(block);
    for (const child of node.content ?? []) visit(child);
  };
  for (const child of doc.content ?? []) visit(child);
  return found;
}

/** Media ids a block needs in the package (its file, and a video's captions). */
export function mediaIdsOf(block: MediaBlock): string[] {
  if (!block.attrs) return [];
  const ids = [block.attrs.mediaId];
  if (block.type === 'video') ids.push(block.attrs.captionsMediaId);
  return ids.filter((id): id is string => id !== null);
}
