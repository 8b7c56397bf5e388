import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import { newId } from '../../../shared/model/ids';
import { AddRowButton, RemoveRowButton } from './RowListButtons';
import type { QuestionDraftEditing } from './useQuestionDraft';

type ChoiceDraft = Extract<QuestionDraft, { type: 'single-choice' | 'multiple-choice' }>;

/** The answers of a single or multiple choice: text, which are right, and what each one tells the learner. */
export function ChoiceOptionsEditor({ editing }: { editing: QuestionDraftEditing<ChoiceDraft> }) {
  const { t } = useTranslation();
  const { draft, change, commit } = editing;
  const id = useId();
  const single = draft.type === 'single-choice';
  const withOption = (index: number, patch: Partial<ChoiceDraft['options'][number]>) =>
    ({ ...draft, options: draft.options.map((option, at) => (at === index ? { ...option, ...patch } : option)) }) as ChoiceDraft;
  const markCorrect = (index: number, correct: boolean) =>
    commit({ ...draft, options: draft.options.map((option, at) => (at === index ? { ...option, correct } : single ? { ...option, correct: false } : option)) } as ChoiceDraft);

  return (
    <div className="answers">
      <ol className="answers__list">
        {draft.options.map((option, index) => {
          const n = index + 1;
          return (
            <li key={option.id} className="answer-row">
              <label className="answer-row__correct" title={t('quiz:optionCorrect')}>
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name={`${id}-correct`}
                  checked={option.correct}
                  onChange={(event) => markCorrect(index, event.target.checked)}
                />
                <span className="visually-hidden">
                  {t('quiz:optionCorrect')} ({t('quiz:option', { n })})
                </span>
              </label>
              <div className="answer-row__fields">
                <label className="visually-hidden" htmlFor={`${id}-text-${index}`}>
                  {t('quiz:option', { n })}
                </label>
                <textarea
                  rows={1}
                  id={`${id}-text-${index}`}
                  className="input"
                  value={option.text}
                  placeholder={t('quiz:option', { n })}
                  aria-invalid={option.text.trim() === '' || undefined}
                  onChange={(event) => change(withOption(index, { text: event.target.value }))}
                  onBlur={() => commit()}
                />
                <label className="visually-hidden" htmlFor={`${id}-feedback-${index}`}>
                  {t('quiz:optionFeedback', { n })}
                </label>
                <textarea
                  rows={1}
                  id={`${id}-feedback-${index}`}
                  className="input input--quiet"
                  value={option.feedback}
                  placeholder={t('quiz:optionFeedbackPlaceholder')}
                  title={t('quiz:answerFeedbackHint')}
                  onChange={(event) => change(withOption(index, { feedback: event.target.value }))}
                  onBlur={() => commit()}
                />
              </div>
              <RemoveRowButton
                label={t('quiz:removeOption', { n })}
                onRemove={() => commit({ ...draft, options: draft.options.filter((_, at) => at !== index) } as ChoiceDraft)}
              />
            </li>
          );
        })}
      </ol>
      <AddRowButton
        label={t('quiz:addOption')}
        rowCount={draft.options.length}
        onAdd={() =>
          commit({ ...draft, options: [...draft.options, { id: newId(), text: t('quiz:draft.option', { n: draft.options.length + 1 }), correct: false, feedback: '' }] } as ChoiceDraft)
        }
      />
    </div>
  );
}
