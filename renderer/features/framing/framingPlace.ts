import type { PlaceEntry } from '../../app/navigation';
import { FramingView } from './FramingView';

export const framingPlace: PlaceEntry = { id: 'framing', labelKey: 'framing:place', icon: 'framing', View: FramingView };
