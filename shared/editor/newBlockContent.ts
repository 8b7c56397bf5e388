import { BLOCK } from '../model/blocks';
import type { RichTextNode } from '../model/richText';

/** Blocks the designer inserts from the editor's insert menu. */
export type InsertableBlock =
  | typeof BLOCK.image
  | typeof BLOCK.video
  | typeof BLOCK.audio
  | typeof BLOCK.resource
  | typeof BLOCK.callout
  | typeof BLOCK.keyPoints
  | typeof BLOCK.activityInstructions
  | typeof BLOCK.accordion
  | typeof BLOCK.tabs
  | typeof BLOCK.flashcards
  | typeof BLOCK.process
  | typeof BLOCK.timeline
  | typeof BLOCK.labeledGraphic
  | typeof BLOCK.scenario
  | typeof BLOCK.videoScript;

const paragraph = (): RichTextNode => ({ type: 'paragraph' });

/** A script row: what is said beside what is on screen. */
export function newScriptRow(): RichTextNode {
  return {
    type: BLOCK.videoScriptRow,
    content: [
      { type: BLOCK.scriptNarration, content: [paragraph()] },
      { type: BLOCK.scriptScreen, content: [paragraph()] },
    ],
  };
}

/** A titled panel of an accordion or tabs, with an empty paragraph to write in. */
export function newPanel(title = ''): RichTextNode {
  return { type: BLOCK.panel, attrs: { title }, content: [paragraph()] };
}

/** A hotspot at (x, y) percent of the image, with an empty paragraph to write in. */
export function newHotspot(x = 50, y = 50): RichTextNode {
  return { type: BLOCK.hotspot, attrs: { title: '', x, y }, content: [paragraph()] };
}

/** A short random id for a scenario or a situation (letters and digits: it names SCORM interactions). */
export function newScenarioId(): string {
  return Array.from({ length: 8 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 36)]).join('');
}

/** A choice leading to `target` (a situation id, '' until chosen). */
export function newScenarioChoice(target = ''): RichTextNode {
  return { type: BLOCK.scenarioChoice, attrs: { label: '', feedback: '', target } };
}

/** A situation with a paragraph to write in and the given choices (none: an end). */
export function newSituation(id = newScenarioId(), choices: RichTextNode[] = []): RichTextNode {
  return { type: BLOCK.situation, attrs: { id, title: '' }, content: [paragraph(), ...choices] };
}

/** The JSON a freshly inserted block starts with; attributes match shared/model/blocks.ts. */
export function newBlockContent(block: InsertableBlock, mediaId: string | null = null): RichTextNode {
  switch (block) {
    case BLOCK.image:
      return { type: block, attrs: { mediaId, alt: '', caption: '' } };
    case BLOCK.video:
      return { type: block, attrs: { mediaId, captionsMediaId: null, transcript: '', durationSeconds: null } };
    case BLOCK.audio:
      return { type: block, attrs: { mediaId, transcript: '', durationSeconds: null } };
    case BLOCK.resource:
      return { type: block, attrs: { mediaId, label: '' } };
    case BLOCK.callout:
      return { type: block, attrs: { tone: 'info' }, content: [paragraph()] };
    case BLOCK.keyPoints:
      return { type: block, content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph()] }] }] };
    case BLOCK.activityInstructions:
      return { type: block, attrs: { mode: 'offline' }, content: [paragraph()] };
    case BLOCK.accordion:
    case BLOCK.tabs:
    case BLOCK.flashcards:
    case BLOCK.process:
    case BLOCK.timeline:
      // Two panels: one alone is not an accordion, a deck or a process, and a second shows how to go on.
      return { type: block, content: [newPanel(), newPanel()] };
    case BLOCK.labeledGraphic:
      return { type: block, attrs: { mediaId, alt: '' }, content: [newHotspot(30, 40), newHotspot(70, 60)] };
    case BLOCK.scenario: {
      // A start whose two choices lead to two ends: the smallest scenario worth the name.
      const [good, bad] = [newScenarioId(), newScenarioId()];
      return {
        type: block,
        attrs: { id: newScenarioId(), title: '', required: 1 },
        content: [newSituation(newScenarioId(), [newScenarioChoice(good), newScenarioChoice(bad)]), newSituation(good), newSituation(bad)],
      };
    }
    case BLOCK.videoScript:
      return { type: block, content: [newScriptRow()] };
  }
}
