import { BLOCK } from '../model/blocks';
import { plainTextOf, type RichTextDoc, type RichTextNode } from '../model/richText';

/** A block a reviewer can comment on: a top-level node of a capsule, or one row of a video script. */
export interface CapsuleBlock {
  path: string;
  type: string;
  node: RichTextNode;
  text: string;
}

/** Every commentable block of a capsule's content, in reading order, with its path ("3", "3.1"). */
export function capsuleBlocks(doc: RichTextDoc): CapsuleBlock[] {
  const blocks: CapsuleBlock[] = [];
  (doc.content ?? []).forEach((node, index) => {
    blocks.push({ path: String(index), type: node.type, node, text: blockText(node) });
    if (node.type === BLOCK.videoScript) {
      (node.content ?? []).forEach((row, rowIndex) => {
        if (row.type === BLOCK.videoScriptRow) blocks.push({ path: `${index}.${rowIndex}`, type: row.type, node: row, text: blockText(row) });
      });
    }
  });
  return blocks;
}

/** The words of a block, media captions and transcripts included, whitespace collapsed. */
export function blockText(node: RichTextNode): string {
  const attrs = node.attrs ?? {};
  const extra = ['alt', 'caption', 'transcript', 'label'].map((name) => (typeof attrs[name] === 'string' ? (attrs[name] as string) : '')).filter(Boolean);
  return normalizeSpaces([...extra, plainTextOf(node)].join(' '));
}

export function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
