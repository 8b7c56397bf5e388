import { useEffect, useRef, useState } from 'react';
import { createDebouncedSave } from './createDebouncedSave';

/** Quiet time after the last keystroke before a valid draft is saved. */
const SAVE_DELAY_MS = 600;

interface AutosavedDraft<Error> {
  draft: string;
  error: Error | null;
  onChange(raw: string): void;
  onFocus(): void;
  /** Saves at once what is pending (leaving the field). */
  onBlur(): void;
}

/**
 * A text field's draft that saves itself: shortly after typing stops and on leaving the field, when valid.
 * The draft follows the saved value (after an undo, say) except while the field has the focus, so the
 * saved value never overwrites what is being typed.
 */
export function useAutosavedDraft<Error>(
  saved: string,
  check: (raw: string) => Error | null,
  save: (raw: string) => void,
): AutosavedDraft<Error> {
  const [draft, setDraft] = useState(saved);
  const [error, setError] = useState<Error | null>(null);
  const focused = useRef(false);
  const latestSave = useRef(save);
  latestSave.current = save;
  const waiting = useRef(saved);
  const [saver] = useState(() => createDebouncedSave({ delayMs: SAVE_DELAY_MS, read: () => waiting.current, write: async (raw) => latestSave.current(raw) }));

  useEffect(() => {
    if (focused.current) return;
    setDraft(saved);
    setError(null);
  }, [saved]);

  // A change still waiting when the screen goes away is saved, not lost.
  useEffect(() => () => void saver.flush().catch(() => undefined), [saver]);

  return {
    draft,
    error,
    onChange(raw) {
      setDraft(raw);
      const problem = check(raw);
      setError(problem);
      if (problem === null && raw !== saved) {
        waiting.current = raw;
        saver.changed();
      } else saver.cancel();
    },
    onFocus() {
      focused.current = true;
    },
    onBlur() {
      focused.current = false;
      void saver.flush().catch(() => undefined);
    },
  };
}
