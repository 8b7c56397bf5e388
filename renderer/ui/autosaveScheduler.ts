export interface AutosaveScheduler {
  /** Saves `raw` once typing has paused for the delay, replacing any save still waiting. */
  schedule(raw: string): void;
  /** Drops the waiting save (the draft became invalid, or equal to what is saved). */
  cancel(): void;
  /** Saves at once what is waiting, if anything (leaving the field, closing the screen). */
  flush(): void;
}

/** One save per pause in typing, never one per keystroke, and nothing lost when the field is left. */
export function createAutosaveScheduler(save: (raw: string) => void, delayMs: number): AutosaveScheduler {
  let waiting: { raw: string; timer: ReturnType<typeof setTimeout> } | null = null;
  const cancel = () => {
    if (waiting) clearTimeout(waiting.timer);
    waiting = null;
  };
  const flush = () => {
    if (!waiting) return;
    const { raw } = waiting;
    cancel();
    save(raw);
  };
  return {
    schedule(raw) {
      cancel();
      waiting = { raw, timer: setTimeout(flush, delayMs) };
    },
    cancel,
    flush,
  };
}
