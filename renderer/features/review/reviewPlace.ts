import type { PlaceEntry } from '../../app/navigation';
import { ReviewView } from './ReviewView';

export const reviewPlace: PlaceEntry = { id: 'review', labelKey: 'review:place', icon: 'comment', View: ReviewView };
