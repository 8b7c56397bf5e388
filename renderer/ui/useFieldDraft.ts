import { useState } from 'react';

export interface FieldDraft {
  draft: string;
  setDraft(next: string): void;
  /** Records what the field just committed, which the saved value may then replace. */
  markSent(sent: string): void;
  /** True when the saved value replaced the draft during this render (an undo, a reload). */
  replaced: boolean;
}

/**
 * What a field shows while the user edits it. A new saved value (a reload, an undo) replaces the
 * draft only when nothing was typed since the field last showed or committed: a reload that lands
 * while the user types never takes letters back.
 */
export function useFieldDraft(saved: string): FieldDraft {
  const [draft, setDraft] = useState(saved);
  const [shown, setShown] = useState(saved);
  const [sent, setSent] = useState<string | null>(null);
  let replaced = false;
  if (shown !== saved) {
    setShown(saved);
    if (draft === shown || draft === sent) {
      setDraft(saved);
      replaced = true;
    }
  }
  return { draft, setDraft, markSent: setSent, replaced };
}
