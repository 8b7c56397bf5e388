import type { ComponentType } from 'react';
import { lazyView } from '../../app/lazyView';
import type { SelectionPanelProps } from '../../app/selectionPanels';

/** What the properties panel shows for a week (id: its number) or a live session chosen on the board, and for a cohort. */
export const pacingSelectionPanels: Readonly<Record<string, ComponentType<SelectionPanelProps>>> = {
  week: lazyView(() => import('./WeekPlanProperties'), 'WeekPlanProperties'),
  'live-session': lazyView(() => import('./LiveSessionProperties'), 'LiveSessionProperties'),
  cohort: lazyView(() => import('./CohortProperties'), 'CohortProperties'),
};
