import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import type { QuestionDraftEditing } from './useQuestionDraft';

/** Which of true and false is the right answer. */
export function TrueFalseEditor({ editing }: { editing: QuestionDraftEditing<Extract<QuestionDraft, { type: 'true-false' }>> }) {
  const { t } = useTranslation();
  const { draft, commit } = editing;
  const name = useId();
  return (
    <fieldset className="answers segmented" role="radiogroup">
      <legend className="field__label">{t('quiz:correctAnswer')}</legend>
      {[true, false].map((value) => (
        <label key={String(value)} className="segmented__radio">
          <input className="visually-hidden" type="radio" name={name} checked={draft.answer === value} onChange={() => commit({ ...draft, answer: value })} />
          {t(value ? 'quiz:answerTrue' : 'quiz:answerFalse')}
        </label>
      ))}
    </fieldset>
  );
}
