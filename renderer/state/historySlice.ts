import type { HistoryState } from '../../shared/api/authoringCalls';
import type { SliceCreator } from './appStore';

export interface HistorySlice {
  /** What undo and redo offer now; null until read. */
  history: HistoryState | null;
  /** Bumped after every undo or redo, so views showing data of their own reload it. */
  historyRevision: number;
  loadHistory(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const sameHistory = (a: HistoryState | null, b: HistoryState) =>
  a !== null && a.canUndo === b.canUndo && a.canRedo === b.canRedo && a.undoLabel === b.undoLabel && a.redoLabel === b.redoLabel;

export const historyDefaults = { history: null, historyRevision: 0 } satisfies Partial<HistorySlice>;

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get, api) => {
  /** Runs undo or redo as a save, then reloads every view the store holds data for. */
  const step = async (call: () => ReturnType<typeof api.undo>) => {
    const done = await get().saveEdit(call);
    if (!done) return;
    set((state) => ({ history: done.history, historyRevision: state.historyRevision + 1 }));
    const state = get();
    await Promise.all([
      state.loadOutline(),
      state.objectiveData ? state.loadObjectives() : null,
      state.editingCapsule ? state.reloadEditingCapsule() : null,
      state.quizCapsuleId ? state.openCapsuleQuiz(state.quizCapsuleId) : null,
      state.quizSummaries ? state.loadQuizSummaries() : null,
      state.reviewOverview ? state.loadReviewOverview() : null,
    ]);
  };

  return {
    ...historyDefaults,

    async loadHistory() {
      // Read after every save: an unchanged history keeps its object, so the undo buttons do not re-render.
      await get().runAction(async () => {
        const history = await api.getHistory({});
        if (!sameHistory(get().history, history)) set({ history });
      });
    },

    async undo() {
      await step(() => api.undo({}));
    },

    async redo() {
      await step(() => api.redo({}));
    },
  };
};
