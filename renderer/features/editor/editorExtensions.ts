import type { AnyExtension, Node } from '@tiptap/core';
import { ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { ComponentType } from 'react';
import { ActivityInstructionsNode } from '../../../shared/editor/activityInstructionsNode';
import { AudioNode } from '../../../shared/editor/audioNode';
import { CalloutNode } from '../../../shared/editor/calloutNode';
import { courseExtensions } from '../../../shared/editor/courseExtensions';
import { ImageNode } from '../../../shared/editor/imageNode';
import { KeyPointsNode } from '../../../shared/editor/keyPointsNode';
import { HotspotNode, LabeledGraphicNode } from '../../../shared/editor/labeledGraphicNodes';
import { AccordionNode, FlashcardsNode, PanelNode, ProcessNode, TabsNode, TimelineNode } from '../../../shared/editor/panelNodes';
import { ResourceNode } from '../../../shared/editor/resourceNode';
import { ScenarioChoiceNode, ScenarioNode, SituationNode } from '../../../shared/editor/scenarioNodes';
import { VideoNode } from '../../../shared/editor/videoNode';
import { VideoScriptNode, VideoScriptRowNode } from '../../../shared/editor/videoScriptNodes';
import { ActivityBlockView } from './blocks/ActivityBlockView';
import { AudioBlockView } from './blocks/AudioBlockView';
import { CalloutBlockView } from './blocks/CalloutBlockView';
import { HotspotView } from './blocks/HotspotView';
import { ImageBlockView } from './blocks/ImageBlockView';
import { KeyPointsBlockView } from './blocks/KeyPointsBlockView';
import { LabeledGraphicBlockView } from './blocks/LabeledGraphicBlockView';
import { PanelGroupBlockView } from './blocks/PanelGroupBlockView';
import { PanelView } from './blocks/PanelView';
import { ResourceBlockView } from './blocks/ResourceBlockView';
import { ScenarioBlockView } from './blocks/ScenarioBlockView';
import { ScenarioChoiceView } from './blocks/ScenarioChoiceView';
import { SituationView } from './blocks/SituationView';
import { ScriptRowView } from './blocks/ScriptRowView';
import { VideoBlockView } from './blocks/VideoBlockView';
import { VideoScriptBlockView } from './blocks/VideoScriptBlockView';
import { moveBetweenScriptCells } from './moveBetweenScriptCells';

const withView = (node: Node, view: ComponentType<ReactNodeViewProps>): AnyExtension =>
  node.extend({ addNodeView: () => ReactNodeViewRenderer(view) });

/** The shared capsule schema with our React node views on the course blocks. */
export const editorExtensions: AnyExtension[] = courseExtensions([
  withView(ImageNode, ImageBlockView),
  withView(VideoNode, VideoBlockView),
  withView(AudioNode, AudioBlockView),
  withView(ResourceNode, ResourceBlockView),
  withView(CalloutNode, CalloutBlockView),
  withView(KeyPointsNode, KeyPointsBlockView),
  withView(ActivityInstructionsNode, ActivityBlockView),
  withView(AccordionNode, PanelGroupBlockView),
  withView(TabsNode, PanelGroupBlockView),
  withView(FlashcardsNode, PanelGroupBlockView),
  withView(ProcessNode, PanelGroupBlockView),
  withView(TimelineNode, PanelGroupBlockView),
  withView(PanelNode, PanelView),
  withView(LabeledGraphicNode, LabeledGraphicBlockView),
  withView(HotspotNode, HotspotView),
  withView(ScenarioNode, ScenarioBlockView),
  withView(SituationNode, SituationView),
  withView(ScenarioChoiceNode, ScenarioChoiceView),
  withView(VideoScriptNode, VideoScriptBlockView).extend({
    addKeyboardShortcuts() {
      return {
        Tab: () => moveBetweenScriptCells(this.editor, 1),
        'Shift-Tab': () => moveBetweenScriptCells(this.editor, -1),
      };
    },
  }),
  withView(VideoScriptRowNode, ScriptRowView),
]);
