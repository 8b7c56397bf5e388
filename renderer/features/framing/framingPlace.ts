import type { PlaceEntry } from '../../app/navigation';
import { lazyView } from '../../app/lazyView';

export const framingPlace: PlaceEntry = { id: 'framing', labelKey: 'framing:place', icon: 'framing', View: lazyView(() => import('./FramingView'), 'FramingView') };
