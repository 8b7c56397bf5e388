import type { ExportedFile } from '../../shared/api/pacingCalls';
import type { ApiInput } from '../../shared/api/contract';
import type { ReviewImportResult, ReviewOverview } from '../../shared/api/reviewCalls';
import type { Id } from '../../shared/model/ids';
import type { ReviewRoundState } from '../../shared/model/review';
import { MAX_REVIEW_FILE_BYTES } from '../../shared/review/reviewFileSize';
import type { SliceCreator } from './appStore';

/** A review file the user picked or dropped, refused before reading when too large. */
export type ReviewFileOutcome = ReviewImportResult | { fileName: string; ok: false; tooLarge: true };

export interface ReviewSlice {
  /** Rounds, comments placed in the course and sign-offs, as last read; null until loaded. */
  reviewOverview: ReviewOverview | null;
  loadReviewOverview(): Promise<void>;
  startReviewRound(fields: ApiInput<'startReviewRound'>): Promise<boolean>;
  setReviewRoundState(id: Id, state: ReviewRoundState): Promise<void>;
  /** The pack's size in bytes, to show before saving it. */
  measureReviewPack(roundId: Id): Promise<number | undefined>;
  saveReviewPack(roundId: Id): Promise<ExportedFile | undefined>;
  /** Reads and imports review files; each one's outcome comes back, refused ones included. */
  importReviewFiles(files: readonly File[]): Promise<ReviewFileOutcome[]>;
  replyToReviewComment(id: Id, reply: string): Promise<void>;
  setReviewCommentStatus(id: Id, status: 'open' | 'resolved'): Promise<void>;
}

export const reviewDefaults = { reviewOverview: null } satisfies Partial<ReviewSlice>;

export const createReviewSlice: SliceCreator<ReviewSlice> = (set, get, api) => {
  const reload = async () => {
    await get().runAction(async () => set({ reviewOverview: await api.getReviewOverview({}) }));
  };
  return {
    ...reviewDefaults,

    loadReviewOverview: reload,

    async startReviewRound(fields) {
      const round = await get().saveEdit(() => api.startReviewRound(fields));
      await reload();
      return round !== undefined;
    },

    async setReviewRoundState(id, state) {
      await get().saveEdit(() => api.updateReviewRound({ id, patch: { state } }));
      await reload();
    },

    async measureReviewPack(roundId) {
      return (await get().runAction(() => api.getReviewPackSize({ roundId })))?.bytes;
    },

    async saveReviewPack(roundId) {
      return (await get().runAction(() => api.saveReviewPack({ roundId }))) ?? undefined;
    },

    async importReviewFiles(files) {
      const outcomes: ReviewFileOutcome[] = [];
      const readable: { fileName: string; text: string }[] = [];
      for (const file of files) {
        // Checked before reading, so a huge file never reaches memory or the backend.
        if (file.size > MAX_REVIEW_FILE_BYTES) outcomes.push({ fileName: file.name, ok: false, tooLarge: true });
        else readable.push({ fileName: file.name.slice(0, 255), text: await file.text() });
      }
      if (readable.length > 0) {
        const results = await get().saveEdit(() => api.importReviews({ files: readable }));
        outcomes.push(...(results ?? []));
      }
      await reload();
      return outcomes;
    },

    async replyToReviewComment(id, reply) {
      await get().saveEdit(() => api.replyToReviewComment({ id, reply }));
      await reload();
    },

    async setReviewCommentStatus(id, status) {
      await get().saveEdit(() => api.setReviewCommentStatus({ id, status }));
      await reload();
    },
  };
};
