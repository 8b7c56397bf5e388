import type { PlaceEntry } from '../../app/navigation';
import { ChecksCountBadge } from './ChecksCountBadge';
import { ChecksView } from './ChecksView';

export const checksPlace: PlaceEntry = { id: 'checks', labelKey: 'checks:navLabel', icon: 'checklist', View: ChecksView, Badge: ChecksCountBadge };
