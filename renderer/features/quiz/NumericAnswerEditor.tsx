import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import { parseDecimal } from './parseDecimal';
import type { QuestionDraftEditing } from './useQuestionDraft';

type NumericDraft = Extract<QuestionDraft, { type: 'numeric' }>;

function DecimalField({ id, value, min, onCommit }: { id: string; value: number; min?: number; onCommit(value: number): void }) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const parsed = parseDecimal(text);
  const valid = parsed !== null && (min === undefined || parsed >= min);
  return (
    <input
      id={id}
      className="input input--number"
      inputMode="decimal"
      value={text}
      aria-invalid={!valid || undefined}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => (valid && parsed !== value ? onCommit(parsed) : !valid && setText(String(value)))}
    />
  );
}

/** The expected number and how far from it an answer still counts as right. */
export function NumericAnswerEditor({ editing }: { editing: QuestionDraftEditing<NumericDraft> }) {
  const { t } = useTranslation();
  const { draft, commit } = editing;
  const id = useId();
  return (
    <div className="answers answers--inline">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-answer`}>
          {t('quiz:numericAnswer')}
        </label>
        <DecimalField id={`${id}-answer`} value={draft.answer} onCommit={(answer) => commit({ ...draft, answer })} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-tolerance`}>
          {t('quiz:tolerance')}
        </label>
        <DecimalField id={`${id}-tolerance`} value={draft.tolerance} min={0} onCommit={(tolerance) => commit({ ...draft, tolerance })} />
      </div>
    </div>
  );
}
