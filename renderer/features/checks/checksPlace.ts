import type { PlaceEntry } from '../../app/navigation';
import { ChecksCountBadge } from './ChecksCountBadge';
import { lazyView } from '../../app/lazyView';

export const checksPlace: PlaceEntry = { id: 'checks', labelKey: 'checks:navLabel', icon: 'checklist', View: lazyView(() => import('./ChecksView'), 'ChecksView'), Badge: ChecksCountBadge };
