import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';
import { blockAttributes } from './blockAttributes';

/** A highlighted box (information, key point, warning) around ordinary content. */
export const CalloutNode = Node.create({
  name: BLOCK.callout,
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes: () => blockAttributes({ tone: 'text' }, { tone: 'info' }),
  parseHTML: () => [{ tag: `aside[data-block="${BLOCK.callout}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['aside', { ...HTMLAttributes, 'data-block': BLOCK.callout }, 0],
});
