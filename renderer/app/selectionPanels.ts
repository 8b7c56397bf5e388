/**
 * What the right panel shows for each kind of selected item. A feature that makes a new kind of
 * item selectable adds one entry here.
 */
import type { ComponentType } from 'react';
import { CapsuleProperties } from '../features/outline/CapsuleProperties';
import { MediaProperties } from '../features/media/MediaProperties';
import { ModuleProperties } from '../features/outline/ModuleProperties';
import { pacingSelectionPanels } from '../features/pacing/pacingSelectionPanels';
import { lazyView } from './lazyView';

export interface SelectionPanelProps {
  id: string;
}

export const selectionPanels: Readonly<Record<string, ComponentType<SelectionPanelProps>>> = {
  module: ModuleProperties,
  capsule: CapsuleProperties,
  ...pacingSelectionPanels,
  question: lazyView(() => import('../features/quiz/QuestionPreviewPanel'), 'QuestionPreviewPanel'),
  media: MediaProperties,
};
