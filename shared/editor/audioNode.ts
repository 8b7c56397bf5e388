import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';
import { blockAttributes } from './blockAttributes';

/** A sound file (podcast, interview) with its transcript and duration. */
export const AudioNode = Node.create({
  name: BLOCK.audio,
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => blockAttributes({ mediaId: 'nullable-text', transcript: 'text', durationSeconds: 'nullable-number' }),
  parseHTML: () => [{ tag: `figure[data-block="${BLOCK.audio}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['figure', { ...HTMLAttributes, 'data-block': BLOCK.audio }],
});
