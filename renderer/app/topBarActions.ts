/**
 * Buttons on the right of the top bar (preview, export…), in order. A feature adds its action
 * with one import and one entry here.
 */
import type { ComponentType } from 'react';
import { ExportAction } from '../features/export/ExportAction';
import { UndoRedoButtons } from '../features/history/UndoRedoButtons';
import { PreviewAction } from '../features/preview/PreviewAction';
import { StoryboardAction } from '../features/storyboard/StoryboardAction';

export const topBarActions: readonly ComponentType[] = [UndoRedoButtons, PreviewAction, StoryboardAction, ExportAction];
