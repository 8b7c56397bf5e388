import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';

/** The "to remember" summary that closes a capsule. */
export const KeyPointsNode = Node.create({
  name: BLOCK.keyPoints,
  group: 'block',
  content: 'block+',
  defining: true,
  parseHTML: () => [{ tag: `section[data-block="${BLOCK.keyPoints}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['section', { ...HTMLAttributes, 'data-block': BLOCK.keyPoints }, 0],
});
