import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';
import { blockAttributes } from './blockAttributes';

/** A downloadable file (PDF tool sheet, spreadsheet) offered to the learner under a label. */
export const ResourceNode = Node.create({
  name: BLOCK.resource,
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes: () => blockAttributes({ mediaId: 'nullable-text', label: 'text' }),
  parseHTML: () => [{ tag: `div[data-block="${BLOCK.resource}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, 'data-block': BLOCK.resource }],
});
