import { Node } from '@tiptap/core';
import { BLOCK, type PanelGroupBlock } from '../model/blocks';
import { blockAttributes } from './blockAttributes';

/** Accordion, tabs, flashcards, process, timeline: the same titled panels, shown differently to the learner. */
const panelGroup = (name: PanelGroupBlock) =>
  Node.create({
    name,
    group: 'block',
    content: `${BLOCK.panel}+`,
    isolating: true,
    parseHTML: () => [{ tag: `div[data-block="${name}"]` }],
    renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, 'data-block': name }, 0],
  });

export const AccordionNode = panelGroup(BLOCK.accordion);
export const TabsNode = panelGroup(BLOCK.tabs);
export const FlashcardsNode = panelGroup(BLOCK.flashcards);
export const ProcessNode = panelGroup(BLOCK.process);
export const TimelineNode = panelGroup(BLOCK.timeline);

/** A panel: a plain-text title (attribute) over rich content. */
export const PanelNode = Node.create({
  name: BLOCK.panel,
  content: 'block+',
  isolating: true,
  defining: true,
  addAttributes: () => blockAttributes({ title: 'text' }),
  parseHTML: () => [{ tag: `section[data-block="${BLOCK.panel}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['section', { ...HTMLAttributes, 'data-block': BLOCK.panel }, 0],
});
