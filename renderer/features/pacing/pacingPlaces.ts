import type { PlaceEntry } from '../../app/navigation';
import { lazyView } from '../../app/lazyView';

/** The week-by-week board and the cohorts that run it, next to each other in the navigation. */
export const pacingPlaces: readonly PlaceEntry[] = [
  { id: 'pacing', labelKey: 'pacing:navLabel', icon: 'calendar', View: lazyView(() => import('./PacingView'), 'PacingView') },
  { id: 'cohorts', labelKey: 'pacing:cohortsNav', icon: 'users', View: lazyView(() => import('./CohortsView'), 'CohortsView') },
];
