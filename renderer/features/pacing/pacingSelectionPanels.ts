import type { ComponentType } from 'react';
import type { SelectionPanelProps } from '../../app/selectionPanels';
import { CohortProperties } from './CohortProperties';
import { LiveSessionProperties } from './LiveSessionProperties';
import { WeekPlanProperties } from './WeekPlanProperties';

/** What the properties panel shows for a week (id: its number) or a live session chosen on the board, and for a cohort. */
export const pacingSelectionPanels: Readonly<Record<string, ComponentType<SelectionPanelProps>>> = {
  week: WeekPlanProperties,
  'live-session': LiveSessionProperties,
  cohort: CohortProperties,
};
