import type { ComponentType } from 'react';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { LiveSessionProperties } from './LiveSessionProperties';
import { WeekPlanProperties } from './WeekPlanProperties';

/** What the properties panel shows for a week (id: its number) and a live session chosen on the board. */
export const pacingSelectionPanels: Readonly<Record<string, ComponentType<SelectionPanelProps>>> = {
  week: WeekPlanProperties,
  'live-session': LiveSessionProperties,
};
