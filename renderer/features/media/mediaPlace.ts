import type { PlaceEntry } from '../../app/navigation';
import { lazyView } from '../../app/lazyView';

export const mediaPlace: PlaceEntry = { id: 'media', labelKey: 'media:place', icon: 'image', View: lazyView(() => import('./MediaView'), 'MediaView') };
