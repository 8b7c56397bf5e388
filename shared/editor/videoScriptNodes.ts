import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';

/**
 * A video script written before filming: a two-column table, what is said (narration, timed at
 * speaking pace) beside what is on screen.
 */
export const VideoScriptNode = Node.create({
  name: BLOCK.videoScript,
  group: 'block',
  content: `${BLOCK.videoScriptRow}+`,
  isolating: true,
  parseHTML: () => [{ tag: `table[data-block="${BLOCK.videoScript}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['table', { ...HTMLAttributes, 'data-block': BLOCK.videoScript }, ['tbody', 0]],
});

export const VideoScriptRowNode = Node.create({
  name: BLOCK.videoScriptRow,
  content: `${BLOCK.scriptNarration} ${BLOCK.scriptScreen}`,
  parseHTML: () => [{ tag: `tr[data-block="${BLOCK.videoScriptRow}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['tr', { ...HTMLAttributes, 'data-block': BLOCK.videoScriptRow }, 0],
});

export const ScriptNarrationNode = Node.create({
  name: BLOCK.scriptNarration,
  content: 'paragraph+',
  isolating: true,
  parseHTML: () => [{ tag: `td[data-block="${BLOCK.scriptNarration}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['td', { ...HTMLAttributes, 'data-block': BLOCK.scriptNarration }, 0],
});

export const ScriptScreenNode = Node.create({
  name: BLOCK.scriptScreen,
  content: 'paragraph+',
  isolating: true,
  parseHTML: () => [{ tag: `td[data-block="${BLOCK.scriptScreen}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['td', { ...HTMLAttributes, 'data-block': BLOCK.scriptScreen }, 0],
});
