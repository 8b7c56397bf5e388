/**
 * What the review pack's script reads from the page (a JSON block, never executed): the course and
 * round it belongs to and its strings. Types only, so the dependency-free pack script can import them.
 */
import type { Language } from '../model/course';

export const REVIEW_PACK_DATA_ID = 'spoc-review-data';

export interface ReviewPackData {
  language: Language;
  courseId: string;
  courseTitle: string;
  roundId: string;
  roundNumber: number;
  /** Prefix of the browser-storage keys of this course and round. */
  storageKey: string;
  /** Prefix of the keys shared by every round of the course (the reviewer's name). */
  courseStorageKey: string;
  /** Modules the reviewer can approve. */
  modules: { id: string; title: string }[];
  /** The pack's strings in the round's language (reviewPack catalog). */
  strings: Record<string, string>;
}

/** Browser storage key prefix: one per course, and one per round of it; the reviewer's name completes it. */
export function reviewStorageKey(courseId: string, roundId?: string): string {
  return roundId === undefined ? `spoc-review:${courseId}` : `spoc-review:${courseId}:${roundId}`;
}
