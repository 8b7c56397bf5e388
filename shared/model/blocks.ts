/**
 * Our own course blocks inside capsule content, by TipTap node name (their attributes: blockAttrsSchemas).
 * The editor (renderer), the export (player HTML) and the checks all read these.
 */
export const BLOCK = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  resource: 'resource',
  callout: 'callout',
  keyPoints: 'keyPoints',
  activityInstructions: 'activityInstructions',
  videoScript: 'videoScript',
  videoScriptRow: 'videoScriptRow',
  scriptNarration: 'scriptNarration',
  scriptScreen: 'scriptScreen',
  /** Titled panels the learner opens one by one (or all). */
  accordion: 'accordion',
  /** Titled panels shown one at a time behind a row of tabs. */
  tabs: 'tabs',
  /** Cards the learner flips: the panel title is the front, its content the back. */
  flashcards: 'flashcards',
  /** Steps the learner walks through one at a time (title and content per step). */
  process: 'process',
  /** Dated events read in order (the panel title is the date or period). */
  timeline: 'timeline',
  /** One titled panel of an accordion, tabs, flashcards, a process or a timeline. */
  panel: 'panel',
  /** An image of the media library with numbered hotspots the learner opens. */
  labeledGraphic: 'labeledGraphic',
  /** One hotspot of a labeled graphic: its place on the image (percent) and its titled text. */
  hotspot: 'hotspot',
  /** A branching scenario: situations whose choices lead to other situations; a situation without choices is an end. */
  scenario: 'scenario',
  /** One situation of a scenario: a title, rich content, then its choices. */
  situation: 'situation',
  /** One choice of a situation: what the learner says or does, the feedback, and the situation it leads to. */
  scenarioChoice: 'scenarioChoice',
} as const;

/** Blocks made of titled panels (shared/editor/panelNodes), each shown its own way to the learner. */
export const PANEL_GROUPS = [BLOCK.accordion, BLOCK.tabs, BLOCK.flashcards, BLOCK.process, BLOCK.timeline] as const;
export type PanelGroupBlock = (typeof PANEL_GROUPS)[number];
export const isPanelGroup = (type: string): type is PanelGroupBlock => (PANEL_GROUPS as readonly string[]).includes(type);

/** Speaking pace used to time video scripts. */
export const NARRATION_WORDS_PER_MINUTE = 150;
/** Silent reading pace used to time text. */
export const READING_WORDS_PER_MINUTE = 200;
/** Time allowed per quiz question. */
export const MINUTES_PER_QUESTION = 1;
