import type { PlaceEntry } from '../../app/navigation';
import { ObjectivesView } from './ObjectivesView';

export const objectivesPlace: PlaceEntry = { id: 'objectives', labelKey: 'objectives:place', icon: 'target', View: ObjectivesView };
