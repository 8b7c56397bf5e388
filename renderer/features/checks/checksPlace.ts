import type { PlaceEntry } from '../../app/navigation';
import { ChecksCountBadge } from './ChecksCountBadge';
import { lazyView } from '../../app/lazyView';
import { CHECKS_PLACE } from '../../state/checksSlice';

export const checksPlace: PlaceEntry = { id: CHECKS_PLACE, labelKey: 'checks:navLabel', icon: 'checklist', View: lazyView(() => import('./ChecksView'), 'ChecksView'), Badge: ChecksCountBadge };
