import { Node } from '@tiptap/core';
import { BLOCK } from '../model/blocks';
import { blockAttributes } from './blockAttributes';

/** A branching scenario: its title, whether reaching an end is required, and its situations (the first is the start). */
export const ScenarioNode = Node.create({
  name: BLOCK.scenario,
  group: 'block',
  content: `${BLOCK.situation}+`,
  isolating: true,
  addAttributes: () => blockAttributes({ id: 'text', title: 'text', required: 'number' }, { required: 1 }),
  parseHTML: () => [{ tag: `div[data-block="${BLOCK.scenario}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, 'data-block': BLOCK.scenario }, 0],
});

/** A situation: what happens (rich content), then the learner's choices; none makes it an end. */
export const SituationNode = Node.create({
  name: BLOCK.situation,
  content: `block+ ${BLOCK.scenarioChoice}*`,
  isolating: true,
  defining: true,
  addAttributes: () => blockAttributes({ id: 'text', title: 'text' }),
  parseHTML: () => [{ tag: `section[data-block="${BLOCK.situation}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['section', { ...HTMLAttributes, 'data-block': BLOCK.situation }, 0],
});

/** A choice: its label, its feedback and the id of the situation it leads to (plain-text attributes). */
export const ScenarioChoiceNode = Node.create({
  name: BLOCK.scenarioChoice,
  atom: true,
  selectable: false,
  addAttributes: () => blockAttributes({ label: 'text', feedback: 'text', target: 'text' }),
  parseHTML: () => [{ tag: `div[data-block="${BLOCK.scenarioChoice}"]` }],
  renderHTML: ({ HTMLAttributes }) => ['div', { ...HTMLAttributes, 'data-block': BLOCK.scenarioChoice }],
});
