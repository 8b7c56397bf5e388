import type { PlaceEntry } from '../../app/navigation';
import { lazyView } from '../../app/lazyView';

export const objectivesPlace: PlaceEntry = { id: 'objectives', labelKey: 'objectives:place', icon: 'target', View: lazyView(() => import('./ObjectivesView'), 'ObjectivesView') };
