import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';
import { blockAttributes } from './blockAttributes';

/** Instructions for work done away from the screen (offline) or together (synchronous session). */
export const ActivityInstructionsNode = Node.create({
  name: BLOCK.activityInstructions,
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes: () => blockAttributes({ mode: 'text' }, { mode: 'offline' }),
  parseHTML: () => [{ tag: `section[data-block="${BLOCK.activityInstructions}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['section', { ...HTMLAttributes, 'data-block': BLOCK.activityInstructions }, 0],
});
