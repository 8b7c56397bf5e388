import type { ReviewImportResult } from '../../../shared/api/reviewCalls';
import { AppError, appError, type ErrorText } from '../../../shared/api/appError';
import type { ReviewAnchor, ReviewRound } from '../../../shared/model/review';
import { parseReviewFile } from '../../../shared/review/reviewFile';
import { CourseRepository } from '../project/courseRepository';
import type { ProjectFile } from '../project/projectFile';
import { ReviewStore } from './reviewStore';

/**
 * Imports one untrusted review file into its round: comments and sign-offs only. The same file twice
 * changes nothing (comments keep the id the pack gave them); several reviewers' files merge.
 */
export function importReviewFile(project: ProjectFile, fileName: string, text: string): ReviewImportResult {
  const store = new ReviewStore(project.db);
  const refused = (message: string, messageText?: ErrorText): ReviewImportResult => ({ fileName, ok: false, message, ...(messageText ? { messageText } : {}), reviewer: null, roundNumber: null, added: 0, updated: 0, unchanged: 0, signoffs: 0 });
  try {
    const review = parseReviewFile(text, fileName);
    const round = roundOfReview(store, review, fileName);
    const snapshot = store.snapshot(round.id);
    const moduleOfCapsule = new Map(snapshot.capsules.map((capsule) => [capsule.id, capsule.moduleId]));
    const reviewedModules = new Set(snapshot.modules.map((module) => module.id));
    const moduleOf = (anchor: ReviewAnchor): string | null =>
      anchor.kind === 'course' ? null : anchor.kind === 'module' ? anchor.moduleId : (moduleOfCapsule.get(anchor.capsuleId) ?? null);

    const result: ReviewImportResult = { fileName, ok: true, message: null, reviewer: review.reviewer, roundNumber: round.number, added: 0, updated: 0, unchanged: 0, signoffs: 0 };
    project.transaction(() => {
      for (const sent of review.comments) {
        const existing = store.comment(sent.id);
        if (existing && (existing.roundId !== round.id || existing.reviewer !== review.reviewer)) {
          // An id another round or reviewer already holds: never let one file overwrite another's words.
          result.unchanged += 1;
        } else if (existing && existing.text === sent.text) {
          result.unchanged += 1;
        } else if (existing) {
          store.saveComment({ ...existing, text: sent.text });
          result.updated += 1;
        } else {
          store.saveComment({
            id: sent.id,
            roundId: round.id,
            reviewer: review.reviewer,
            anchor: sent.anchor,
            moduleId: moduleOf(sent.anchor),
            text: sent.text,
            createdAt: sent.createdAt,
            status: 'open',
            reply: '',
            repliedAt: null,
          });
          result.added += 1;
        }
      }
      for (const signoff of review.signoffs) {
        if (!reviewedModules.has(signoff.moduleId)) continue;
        if (store.saveSignoff({ roundId: round.id, moduleId: signoff.moduleId, reviewer: review.reviewer, decision: signoff.decision, decidedAt: signoff.decidedAt })) result.signoffs += 1;
      }
      if (round.state === 'open' && result.added + result.updated + result.signoffs > 0) store.updateRound({ ...round, state: 'received' });
    });
    return result;
  } catch (error) {
    if (error instanceof AppError) return refused(error.message, error.text);
    throw error;
  }
}

/** The round a review belongs to, or a refusal that says which course and round the file is for. */
function roundOfReview(store: ReviewStore, review: { courseId: string; courseTitle: string; roundId: string; roundNumber: number }, fileName: string): ReviewRound {
  const course = new CourseRepository(store.db).course();
  const belongsTo = { file: fileName, round: review.roundNumber, course: review.courseTitle };
  if (review.courseId !== course.id) {
    throw appError('invalid-input', 'reviewOtherCourse', { ...belongsTo, current: course.title });
  }
  const rounds = store.rounds();
  const round = rounds.find((candidate) => candidate.id === review.roundId && candidate.number === review.roundNumber);
  if (!round) {
    throw appError('invalid-input', 'reviewUnknownRound', { ...belongsTo, rounds: rounds.map((candidate) => candidate.number).join(', ') || '—' });
  }
  return round;
}
