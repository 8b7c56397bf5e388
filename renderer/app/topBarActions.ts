/**
 * Buttons on the right of the top bar (preview, export…), in order. A feature adds its action
 * with one import and one entry here.
 */
import type { ComponentType } from 'react';
import { ExportAction } from '../features/export/ExportAction';

export const topBarActions: readonly ComponentType[] = [ExportAction];
