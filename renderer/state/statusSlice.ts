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
  /**
   * Reads what a view shows and applies it, but never a read that a write may have overtaken:
   * it waits for writes in flight, and reads again when a write starts meanwhile. A reload sent for
   * one commit would otherwise land after the next commit and put an older value back into a field.
   */
  loadFresh<T>(read: () => Promise<T>, apply: (value: T) => void): Promise<void>;
  /** Runs a call that writes nothing (load, open, close) and shows its failure if any. */
  runAction<T>(action: () => Promise<T>): Promise<T | undefined>;
  dismissError(): void;
}

export const createStatusSlice: SliceCreator<StatusSlice> = (set, get) => {
  let writesStarted = 0;
  let writesInFlight = 0;
  let waitingForWrites: Array<() => void> = [];
  const writesSettled = () => (writesInFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waitingForWrites.push(resolve)));
  const settleOne = () => {
    writesInFlight -= 1;
    if (writesInFlight > 0) return;
    const waiting = waitingForWrites;
    waitingForWrites = [];
    for (const resume of waiting) resume();
  };

  return {
    saveStatus: 'idle',
    pendingSaves: 0,
    error: null,

    async saveEdit(write) {
      writesStarted += 1;
      writesInFlight += 1;
      set((state) => ({ pendingSaves: state.pendingSaves + 1, saveStatus: 'saving' }));
      try {
        const value = await write();
        set((state) => ({ pendingSaves: state.pendingSaves - 1, saveStatus: state.pendingSaves > 1 ? 'saving' : 'saved' }));
        return value;
      } catch (failure) {
        set((state) => ({ pendingSaves: state.pendingSaves - 1, saveStatus: 'failed', error: toErrorPayload(failure) }));
        return undefined;
      } finally {
        settleOne();
      }
    },

    async loadFresh(read, apply) {
      for (;;) {
        await writesSettled();
        const started = writesStarted;
        const value = await read();
        if (writesStarted === started) return apply(value);
      }
    },

    async runAction(action) {
      try {
        return await action();
      } catch (failure) {
        const error = toErrorPayload(failure);
        // A read answered after its project was closed: the welcome screen already shows, there is nothing to tell.
        if (error.code === 'no-project' && !get().session?.project) return undefined;
        set({ error });
        return undefined;
      }
    },

    dismissError() {
      const { saveStatus, pendingSaves } = get();
      set({ error: null, saveStatus: saveStatus === 'failed' && pendingSaves === 0 ? 'idle' : saveStatus });
    },
  };
};
