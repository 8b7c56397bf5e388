import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';
import { blockAttributes } from './blockAttributes';

/** A video from the media library with WebVTT captions, a transcript and the duration read from the file. */
export const VideoNode = Node.create({
  name: BLOCK.video,
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () =>
    blockAttributes({ mediaId: 'nullable-text', captionsMediaId: 'nullable-text', transcript: 'text', durationSeconds: 'nullable-number' }),
  parseHTML: () => [{ tag: `figure[data-block="${BLOCK.video}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['figure', { ...HTMLAttributes, 'data-block': BLOCK.video }],
});
