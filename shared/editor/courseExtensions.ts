/**
 * The capsule editor's schema: TipTap extensions without React, so the renderer (which adds node
 * views) and Node code (content validation, export) agree on every node and attribute.
 */
import type { AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import { StarterKit } from '@tiptap/starter-kit';
import { ActivityInstructionsNode } from './activityInstructionsNode';
import { AudioNode } from './audioNode';
import { CalloutNode } from './calloutNode';
import { ImageNode } from './imageNode';
import { KeyPointsNode } from './keyPointsNode';
import { HotspotNode, LabeledGraphicNode } from './labeledGraphicNodes';
import { AccordionNode, FlashcardsNode, PanelNode, ProcessNode, TabsNode, TimelineNode } from './panelNodes';
import { ResourceNode } from './resourceNode';
import { ScenarioChoiceNode, ScenarioNode, SituationNode } from './scenarioNodes';
import { VideoNode } from './videoNode';
import { ScriptNarrationNode, ScriptScreenNode, VideoScriptNode, VideoScriptRowNode } from './videoScriptNodes';
import { LINK_PROTOCOLS } from './linkPolicy';

/** Our own course blocks, in the order the insert menu lists them. */
export const COURSE_BLOCK_NODES = [
  ImageNode,
  VideoNode,
  AudioNode,
  ResourceNode,
  CalloutNode,
  KeyPointsNode,
  ActivityInstructionsNode,
  AccordionNode,
  TabsNode,
  FlashcardsNode,
  ProcessNode,
  TimelineNode,
  PanelNode,
  LabeledGraphicNode,
  HotspotNode,
  ScenarioNode,
  SituationNode,
  ScenarioChoiceNode,
  VideoScriptNode,
  VideoScriptRowNode,
  ScriptNarrationNode,
  ScriptScreenNode,
];

/** Every extension of the capsule editor; pass replacements (same name, with node views) to override ours. */
export function courseExtensions(overrides: AnyExtension[] = []): AnyExtension[] {
  const replaced = new Set(overrides.map((extension) => extension.name));
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      link: { openOnClick: false, autolink: true, protocols: [...LINK_PROTOCOLS], defaultProtocol: 'https' },
    }),
    TableKit.configure({ table: { resizable: false } }),
    ...COURSE_BLOCK_NODES.filter((node) => !replaced.has(node.name)),
    ...overrides,
  ];
}
