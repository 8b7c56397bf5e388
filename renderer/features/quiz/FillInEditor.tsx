import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import type { QuestionDraftEditing } from './useQuestionDraft';

const linesOf = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** The answers a fill-in-the-blank accepts, one per line, and whether case matters. */
export function FillInEditor({ editing }: { editing: QuestionDraftEditing<Extract<QuestionDraft, { type: 'fill-in' }>> }) {
  const { t } = useTranslation();
  const { draft, commit } = editing;
  const id = useId();
  const saved = draft.acceptedAnswers.join('\n');
  const [text, setText] = useState(saved);
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setText(saved);
  }
  return (
    <div className="answers">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-accepted`}>
          {t('quiz:acceptedAnswers')}
        </label>
        <textarea
          id={`${id}-accepted`}
          className="input"
          rows={3}
          value={text}
          aria-invalid={linesOf(text).length === 0 || undefined}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => commit({ ...draft, acceptedAnswers: linesOf(text).slice(0, 50) })}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.caseSensitive} onChange={(event) => commit({ ...draft, caseSensitive: event.target.checked })} />
        {t('quiz:caseSensitive')}
      </label>
    </div>
  );
}
