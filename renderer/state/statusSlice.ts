import { toErrorPayload, type ApiErrorPayload } from '../../shared/api/appError';
import type { SliceCreator } from './appStore';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface StatusSlice {
  /** What the top bar shows: nothing yet, a write in flight, all saved, or the last write failed. */
  saveStatus: SaveStatus;
  /** Writes still in flight; the status reads "saved" only when none is left. */
  pendingSaves: number;
  /** The last failure the user should read (save or otherwise), until dismissed. */
  error: ApiErrorPayload | null;
  /**
   * Runs one write through the API and tracks the saved state. Resolves with the call's value,
   * or undefined when it failed (the failure is then shown, never thrown).
   */
  saveEdit<T>(write: () => Promise<T>): Promise<T | undefined>;
  /** Runs a call that writes nothing (load, open, close) and shows its failure if any. */
  runAction<T>(action: () => Promise<T>): Promise<T | undefined>;
  dismissError(): void;
}

export const createStatusSlice: SliceCreator<StatusSlice> = (set, get) => ({
  saveStatus: 'idle',
  pendingSaves: 0,
  error: null,

  async saveEdit(write) {
    set((state) => ({ pendingSaves: state.pendingSaves + 1, saveStatus: 'saving' }));
    try {
      const value = await write();
      set((state) => ({ pendingSaves: state.pendingSaves - 1, saveStatus: state.pendingSaves > 1 ? 'saving' : 'saved' }));
      return value;
    } catch (failure) {
      set((state) => ({ pendingSaves: state.pendingSaves - 1, saveStatus: 'failed', error: toErrorPayload(failure) }));
      return undefined;
    }
  },

  async runAction(action) {
    try {
      return await action();
    } catch (failure) {
      set({ error: toErrorPayload(failure) });
      return undefined;
    }
  },

  dismissError() {
    const { saveStatus, pendingSaves } = get();
    set({ error: null, saveStatus: saveStatus === 'failed' && pendingSaves === 0 ? 'idle' : saveStatus });
  },
});
