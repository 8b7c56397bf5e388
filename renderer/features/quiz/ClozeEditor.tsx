import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import { parseCloze } from '../../../shared/quiz/parseCloze';
import type { QuestionDraftEditing } from './useQuestionDraft';

/** A text with blanks in brackets, the answers each blank accepts read back as the designer types, and how strictly they are compared. */
export function ClozeEditor({ editing }: { editing: QuestionDraftEditing<Extract<QuestionDraft, { type: 'cloze' }>> }) {
  const { t } = useTranslation();
  const { draft, change, commit } = editing;
  const id = useId();
  const { blanks } = parseCloze(draft.text);
  return (
    <div className="answers cloze-editor">
      <div className="field cloze-editor__text">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('quiz:clozeText')}
        </label>
        <textarea
          id={`${id}-text`}
          className="input"
          rows={3}
          maxLength={20_000}
          value={draft.text}
          aria-describedby={`${id}-hint`}
          aria-invalid={blanks.length === 0 || undefined}
          onChange={(event) => change({ ...draft, text: event.target.value })}
          onBlur={() => commit()}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {t('quiz:clozeHint')}
        </p>
      </div>
      <div className="cloze-editor__blanks" aria-live="polite">
        <p className="field__label">{t('quiz:clozeBlanks', { count: blanks.length })}</p>
        <ol>
          {blanks.map((accepted, index) => (
            <li key={index}>
              <span className="cloze-editor__blank-label">{t('quiz:clozeBlank', { n: index + 1 })}</span>
              {accepted.map((answer) => (
                <span key={answer} className="badge">
                  {answer}
                </span>
              ))}
            </li>
          ))}
        </ol>
      </div>
      <div className="answers--inline">
        <label className="check">
          <input type="checkbox" checked={draft.caseSensitive} onChange={(event) => commit({ ...draft, caseSensitive: event.target.checked })} />
          {t('quiz:caseSensitive')}
        </label>
        <label className="check">
          <input type="checkbox" checked={draft.accentSensitive} onChange={(event) => commit({ ...draft, accentSensitive: event.target.checked })} />
          {t('quiz:accentSensitive')}
        </label>
      </div>
    </div>
  );
}
