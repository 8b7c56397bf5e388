/**
 * The places of a course the left navigation offers, in order. A feature adds its place with one
 * import and one entry here; the workspace shows only what is registered.
 */
import type { ComponentType } from 'react';
import { framingPlace } from '../features/framing/framingPlace';
import { objectivesPlace } from '../features/objectives/objectivesPlace';
import { outlinePlace } from '../features/outline/outlinePlace';
import type { IconName } from '../ui/Icon';

export interface PlaceEntry {
  /** Stable id kept in the store (workspace.place) and used in test ids. */
  id: string;
  /** i18n key with its namespace, e.g. "outline:place". */
  labelKey: string;
  icon: IconName;
  /** What the centre shows for this place. */
  View: ComponentType;
}

export const places: readonly PlaceEntry[] = [framingPlace, objectivesPlace, outlinePlace];

export function findPlace(id: string): PlaceEntry {
  return places.find((place) => place.id === id) ?? outlinePlace;
}
