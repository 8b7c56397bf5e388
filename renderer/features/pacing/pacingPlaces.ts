import type { PlaceEntry } from '../../app/navigation';
import { CohortsView } from './CohortsView';
import { PacingView } from './PacingView';

/** The week-by-week board and the cohorts that run it, next to each other in the navigation. */
export const pacingPlaces: readonly PlaceEntry[] = [
  { id: 'pacing', labelKey: 'pacing:navLabel', icon: 'calendar', View: PacingView },
  { id: 'cohorts', labelKey: 'pacing:cohortsNav', icon: 'users', View: CohortsView },
];
