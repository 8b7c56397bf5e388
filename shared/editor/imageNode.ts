import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';
import { blockAttributes } from './blockAttributes';

/** An image from the media library, with its alternative text (required by the checks) and caption. */
export const ImageNode = Node.create({
  name: BLOCK.image,
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => blockAttributes({ mediaId: 'nullable-text', alt: 'text', caption: 'text' }),
  parseHTML: () => [{ tag: `figure[data-block="${BLOCK.image}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['figure', { ...HTMLAttributes, 'data-block': BLOCK.image }],
});
