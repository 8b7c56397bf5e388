import type { PlaceEntry } from '../../app/navigation';
import { MediaView } from './MediaView';

export const mediaPlace: PlaceEntry = { id: 'media', labelKey: 'media:place', icon: 'image', View: MediaView };
