import type { PlaceEntry } from '../../app/navigation';
import { OutlineView } from './OutlineView';

export const outlinePlace: PlaceEntry = { id: 'outline', labelKey: 'outline:place', icon: 'outline', View: OutlineView };
