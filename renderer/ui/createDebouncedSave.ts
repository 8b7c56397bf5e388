/** Where an autosaved document stands: nothing to write, a change waiting, a write in flight, or the last write failed. */
export type AutosaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface DebouncedSaveOptions<T> {
  /** Quiet time after the last change before the write starts. */
  delayMs: number;
  /** Reads the latest value when a write starts, not on every change (reading costs typing time on long capsules). */
  read(): T;
  write(value: T): Promise<void>;
  onStateChange?(state: AutosaveState, error?: unknown): void;
}

export interface DebouncedSave {
  readonly state: AutosaveState;
  /** Notes a change: the write starts delayMs after the last one. */
  changed(): void;
  /** Writes now whatever changed and resolves once everything changed so far is stored; rejects if that write fails. */
  flush(): Promise<void>;
  /** Drops the change waiting, if any (a draft that became invalid); a write in flight still completes. */
  cancel(): void;
  /** Forgets the timer (the owner is gone); a write in flight still completes. */
  dispose(): void;
}

/**
 * The renderer's autosave engine (the capsule editor, text fields): one write per pause in typing,
 * one write in flight at a time, so an older write can never land after a newer one, and a change
 * made during a write is written right after it.
 */
export function createDebouncedSave<T>(options: DebouncedSaveOptions<T>): DebouncedSave {
  let state: AutosaveState = 'saved';
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;

  const setState = (next: AutosaveState, error?: unknown) => {
    if (next === state && next !== 'failed') return;
    state = next;
    options.onStateChange?.(next, error);
  };

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const writeOnce = (): Promise<void> => {
    dirty = false;
    setState('saving');
    const attempt = (async () => {
      try {
        await options.write(options.read());
        setState(dirty ? 'pending' : 'saved');
      } catch (error) {
        // The change is still unsaved: the next change or flush tries again.
        dirty = true;
        setState('failed', error);
        throw error;
      } finally {
        inFlight = null;
      }
    })();
    inFlight = attempt;
    return attempt;
  };

  const flush = async (): Promise<void> => {
    clearTimer();
    while (inFlight || dirty) {
      if (inFlight) await inFlight;
      else await writeOnce();
    }
  };

  return {
    get state() {
      return state;
    },
    changed() {
      dirty = true;
      if (state !== 'saving') setState('pending');
      clearTimer();
      timer = setTimeout(() => {
        timer = null;
        flush().catch(() => undefined);
      }, options.delayMs);
    },
    flush,
    cancel() {
      clearTimer();
      dirty = false;
      if (state !== 'saving') setState('saved');
    },
    dispose: clearTimer,
  };
}
