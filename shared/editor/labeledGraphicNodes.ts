import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';
import { blockAttributes } from './blockAttributes';

/** An image from the media library with its alternative text, over its hotspots. */
export const LabeledGraphicNode = Node.create({
  name: BLOCK.labeledGraphic,
  group: 'block',
  content: `${BLOCK.hotspot}+`,
  isolating: true,
  addAttributes: () => blockAttributes({ mediaId: 'nullable-text', alt: 'text' }),
  parseHTML: () => [{ tag: `div[data-block="${BLOCK.labeledGraphic}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, 'data-block': BLOCK.labeledGraphic }, 0],
});

/** A hotspot: where it sits on the image (percent), a plain-text title and rich content. */
export const HotspotNode = Node.create({
  name: BLOCK.hotspot,
  content: 'block+',
  isolating: true,
  defining: true,
  addAttributes: () => blockAttributes({ title: 'text', x: 'number', y: 'number' }, { x: 50, y: 50 }),
  parseHTML: () => [{ tag: `section[data-block="${BLOCK.hotspot}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['section', { ...HTMLAttributes, 'data-block': BLOCK.hotspot }, 0],
});
