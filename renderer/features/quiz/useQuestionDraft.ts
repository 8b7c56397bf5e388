import { useMemo, useRef, useState } from 'react';
import { QuestionDraftSchema } from '../../../shared/api/authoringCalls';
import type { QuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import { questionDraftOf } from '../../../shared/authoring/questionDraftOf';
import type { Question } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';

export interface QuestionDraftEditing<D extends QuestionDraft = QuestionDraft> {
  draft: D;
  /** Changes what the fields show while the user types; nothing is saved yet. */
  change(next: D): void;
  /** Saves the draft (or next), if it differs from what is saved and the backend would take it (no empty text). */
  commit(next?: D): void;
}

/**
 * A question's fields as the user edits them: typing changes a local draft, leaving a field (or a
 * click on a checkbox, add, remove) saves the whole question; a reload from the backend replaces the draft
 * unless the user has typed since it was sent.
 */
export function useQuestionDraft(question: Question): QuestionDraftEditing {
  const updateQuestion = useAppStore((state) => state.updateQuestion);
  const saved = useMemo(() => questionDraftOf(question), [question]);
  const [draft, setDraft] = useState(saved);
  const [shown, setShown] = useState(saved);
  const latest = useRef(draft);
  /** The draft as last sent (or first shown): when the saved question changes, a draft typed since is kept, not overwritten. */
  const lastSent = useRef(JSON.stringify(saved));
  if (shown !== saved) {
    setShown(saved);
    if (JSON.stringify(latest.current) === lastSent.current) {
      latest.current = saved;
      lastSent.current = JSON.stringify(saved);
      setDraft(saved);
    }
  }
  return {
    draft,
    change: (next) => {
      latest.current = next;
      setDraft(next);
    },
    commit: (next = latest.current) => {
      latest.current = next;
      setDraft(next);
      const text = JSON.stringify(next);
      if (text === JSON.stringify(saved) || !QuestionDraftSchema.safeParse(next).success) return;
      lastSent.current = text;
      void updateQuestion(question.id, next);
    },
  };
}
