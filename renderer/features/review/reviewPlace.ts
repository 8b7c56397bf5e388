import type { PlaceEntry } from '../../app/navigation';
import { lazyView } from '../../app/lazyView';

export const reviewPlace: PlaceEntry = { id: 'review', labelKey: 'review:place', icon: 'comment', View: lazyView(() => import('./ReviewView'), 'ReviewView') };
