/**
 * The review domain: rounds with the snapshot of the course they were started on, the review pack,
 * imported reviews and the designer's answers. Node only; imports shared and the project store.
 */
import type { reviewCalls, ReviewRoundSummary } from '../../../shared/api/reviewCalls';
import { appError } from '../../../shared/api/appError';
import type { ReviewComment, ReviewRound } from '../../../shared/model/review';
import { newId } from '../../../shared/model/ids';
import { exportFileName } from '../pacing/exportFileName';
import { writeFileAtomically } from '../pacing/writeFileAtomically';
import { readCourseDocument } from '../project/readCourseDocument';
import type { ServiceDomain } from '../serviceContext';
import { importReviewFile } from './importReviewFile';
import { buildReviewPackFile } from './buildReviewPackFile';
import { reviewCommentViews } from './reviewCommentViews';
import { ReviewStore } from './reviewStore';

export const reviewService: ServiceDomain<keyof typeof reviewCalls> = (context) => {
  const store = () => new ReviewStore(context.project().db);
  const write = <T>(fn: (reviews: ReviewStore) => T): T => context.project().transaction((db) => fn(new ReviewStore(db)));

  const packFile = (roundId: string) => {
    const project = context.project();
    const reviews = new ReviewStore(project.db);
    const round = reviews.round(roundId);
    const html = buildReviewPackFile(project.db, reviews, round);
    const doc = reviews.snapshot(round.id);
    const label = round.language === 'fr' ? `relecture ${round.number}` : `review ${round.number}`;
    return { html, fileName: exportFileName([doc.course.title, label], '.html') };
  };

  const updateComment = (id: string, change: (comment: ReviewComment) => ReviewComment): ReviewComment =>
    write((reviews) => {
      const comment = reviews.comment(id);
      if (!comment) throw appError('not-found', 'notFoundReviewComment', { id });
      const changed = change(comment);
      reviews.saveComment(changed);
      return changed;
    });

  return {
    getReviewOverview: async () => {
      const reviews = store();
      const rounds = reviews.rounds();
      const comments = reviews.comments();
      // Most projects have no comment yet: placing none needs no read of the course.
      const views = comments.length === 0 ? [] : reviewCommentViews(reviews, context.project().courseDocument());
      const summaries = rounds.map((round): ReviewRoundSummary => {
        const own = comments.filter((comment) => comment.roundId === round.id);
        const count = (status: ReviewComment['status']) => own.filter((comment) => comment.status === status).length;
        return { ...round, counts: { open: count('open'), answered: count('answered'), resolved: count('resolved') }, reviewers: [...new Set(own.map((comment) => comment.reviewer))].sort() };
      });
      return { rounds: summaries, comments: views, signoffs: reviews.signoffs() };
    },

    startReviewRound: async (fields) =>
      write((reviews) => {
        const doc = readCourseDocument(reviews.db);
        const known = new Set(doc.modules.map((module) => module.id));
        const unknown = fields.moduleIds?.find((id) => !known.has(id));
        if (unknown) throw appError('not-found', 'reviewModuleMissing', { id: unknown });
        const rounds = reviews.rounds();
        const round: ReviewRound = {
          id: newId(),
          number: (rounds.at(-1)?.number ?? 0) + 1,
          name: fields.name,
          deadline: fields.deadline,
          moduleIds: fields.moduleIds,
          showAnswers: fields.showAnswers,
          language: fields.language,
          state: 'open',
          createdAt: new Date().toISOString(),
        };
        reviews.insertRound(round, doc);
        return round;
      }),

    updateReviewRound: async ({ id, patch }) =>
      write((reviews) => {
        const round = { ...reviews.round(id), ...patch };
        reviews.updateRound(round);
        return round;
      }),

    getReviewPackSize: async ({ roundId }) => {
      const { html, fileName } = packFile(roundId);
      return { fileName, bytes: Buffer.byteLength(html, 'utf8') };
    },

    saveReviewPack: async ({ roundId }) => {
      const { html, fileName } = packFile(roundId);
      const target = await context.options.places.chooseExportPath(fileName);
      if (target === null) return null;
      const bytes = writeFileAtomically(target, html);
      return { path: target, fileName: target.split(/[\\/]/).pop() ?? target, bytes };
    },

    importReviews: async ({ files }) => {
      const project = context.project();
      return files.map((file) => importReviewFile(project, file.fileName, file.text));
    },

    replyToReviewComment: async ({ id, reply }) =>
      updateComment(id, (comment) => {
        const text = reply.trim();
        const status = text && comment.status === 'open' ? 'answered' : !text && comment.status === 'answered' ? 'open' : comment.status;
        return { ...comment, reply: text, repliedAt: text ? new Date().toISOString() : null, status };
      }),

    setReviewCommentStatus: async ({ id, status }) =>
      updateComment(id, (comment) => ({ ...comment, status: status === 'resolved' ? 'resolved' : comment.reply ? 'answered' : 'open' })),
  };
};
