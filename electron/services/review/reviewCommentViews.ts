import type { ReviewCommentView } from '../../../shared/api/reviewCalls';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { courseLookup, locateAnchor, type CourseLookup } from '../../../shared/review/locateAnchor';
import type { ReviewStore } from './reviewStore';

/**
 * Every comment with where it is in the course now (or detached), its round number and the titles
 * of its module and capsule, from today's course or, when deleted since, the round's snapshot.
 */
export function reviewCommentViews(reviews: ReviewStore, doc: CourseDocument): ReviewCommentView[] {
  const rounds = reviews.rounds();
  const current = courseLookup(doc);
  const snapshots = new Map<string, CourseLookup>();
  const snapshotOf = (roundId: string): CourseLookup => {
    let lookup = snapshots.get(roundId);
    if (!lookup) snapshots.set(roundId, (lookup = courseLookup(reviews.snapshot(roundId))));
    return lookup;
  };
  const numberOf = new Map(rounds.map((round) => [round.id, round.number]));
  return reviews.comments().map((comment): ReviewCommentView => {
    const snapshot = snapshotOf(comment.roundId);
    const place = locateAnchor(comment.anchor, current, snapshot);
    const moduleId = place.moduleId ?? comment.moduleId;
    const capsuleId = place.capsuleId ?? ('capsuleId' in comment.anchor ? comment.anchor.capsuleId : null);
    const titleOf = <T extends { title: string }>(id: string | null, pick: (lookup: CourseLookup) => Map<string, T>) =>
      id === null ? null : (pick(current).get(id)?.title ?? pick(snapshot).get(id)?.title ?? null);
    return {
      ...comment,
      roundNumber: numberOf.get(comment.roundId) ?? 0,
      place,
      moduleTitle: titleOf(moduleId, (lookup) => lookup.modules),
      capsuleTitle: titleOf(capsuleId, (lookup) => lookup.capsules),
    };
  });
}
