/**
 * The places of a course the left navigation offers, in order. A feature adds its place with one
 * import and one entry here; the workspace shows only what is registered.
 */
import type { ComponentType } from 'react';
import { checksPlace } from '../features/checks/checksPlace';
import { editorPlace } from '../features/editor/editorPlace';
import { framingPlace } from '../features/framing/framingPlace';
import { mediaPlace } from '../features/media/mediaPlace';
import { objectivesPlace } from '../features/objectives/objectivesPlace';
import { outlinePlace } from '../features/outline/outlinePlace';
import { pacingPlaces } from '../features/pacing/pacingPlaces';
import { quizPlace } from '../features/quiz/quizPlace';
import { reviewPlace } from '../features/review/reviewPlace';
import type { IconName } from '../ui/Icon';

export interface PlaceEntry {
  /** Stable id kept in the store (workspace.place) and used in test ids. */
  id: string;
  /** i18n key with its namespace, e.g. "outline:place". */
  labelKey: string;
  icon: IconName;
  /** What the centre shows for this place. */
  View: ComponentType;
  /** Optional count or state shown after the label (e.g. the number of findings). */
  Badge?: ComponentType;
  /** Set for a place reached from another (the capsule editor from the outline): not listed, its parent stays current. */
  parentId?: string;
  /** The view moves focus into itself when shown (else focus goes to the place's heading). */
  focusesItself?: boolean;
}

export const places: readonly PlaceEntry[] = [framingPlace, objectivesPlace, outlinePlace, editorPlace, quizPlace, ...pacingPlaces, reviewPlace, checksPlace, mediaPlace];

export const placeIds: ReadonlySet<string> = new Set(places.map((place) => place.id));

export function findPlace(id: string): PlaceEntry {
  return places.find((place) => place.id === id) ?? outlinePlace;
}
