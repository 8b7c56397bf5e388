import { z } from 'zod';
import { lazySchema } from './lazySchema';

/** A mark on a run of text (bold, italic, link…), as TipTap stores it. */
export const RichTextMarkSchema = lazySchema(() => z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
}));

export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: z.infer<typeof RichTextMarkSchema>[];
  text?: string;
}

const MAX_DEPTH = 40;

/** One ProseMirror/TipTap node in the JSON the editor's getJSON() returns. */
export const RichTextNodeSchema: z.ZodType<RichTextNode> = lazySchema(() => z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(RichTextNodeSchema).max(20_000).optional(),
    marks: z.array(RichTextMarkSchema).max(32).optional(),
    text: z.string().max(1_000_000).optional(),
  }),
));

/** A capsule's content: a TipTap document. Depth is capped so hostile JSON cannot exhaust the stack. */
export const RichTextDocSchema = lazySchema(() => z
  .object({
    type: z.literal('doc'),
    content: z.array(RichTextNodeSchema).max(20_000).optional(),
  })
  .refine((doc) => depthOf(doc) <= MAX_DEPTH, { message: `content is nested deeper than ${MAX_DEPTH} levels` }));
export type RichTextDoc = z.infer<typeof RichTextDocSchema>;

function depthOf(node: { content?: RichTextNode[] }, depth = 1): number {
  if (depth > MAX_DEPTH) return depth;
  let deepest = depth;
  for (const child of node.content ?? []) deepest = Math.max(deepest, depthOf(child, depth + 1));
  return deepest;
}

export function emptyDoc(): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** Plain text of a document, paragraphs separated by newlines (for word counts and search). */
export function plainTextOf(node: RichTextNode | RichTextDoc): string {
  if ('text' in node && typeof node.text === 'string') return node.text;
  const parts = (node.content ?? []).map((child) => plainTextOf(child));
  const isBlock = node.type !== 'text' && node.type !== 'paragraph' && node.type !== 'heading';
  return parts.join(isBlock ? '\n' : '');
}
