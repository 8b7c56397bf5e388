import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDraft } from '../../../shared/authoring/newQuestionDraft';
import type { QuestionIssue } from '../../../shared/authoring/validateQuestion';
import type { Objective, Question } from '../../../shared/model/course';
import { CommittedNumberField } from '../../ui/CommittedNumberField';
import { ChoiceOptionsEditor } from './ChoiceOptionsEditor';
import { ClozeEditor } from './ClozeEditor';
import { FillInEditor } from './FillInEditor';
import { IssueList } from './IssueList';
import { issuesAt, questionIssuePlace } from './issuePlaces';
import { MatchingPairsEditor } from './MatchingPairsEditor';
import { NumericAnswerEditor } from './NumericAnswerEditor';
import { OrderingItemsEditor } from './OrderingItemsEditor';
import { QuestionObjectivesField } from './QuestionObjectivesField';
import { TrueFalseEditor } from './TrueFalseEditor';
import { type QuestionDraftEditing, useQuestionDraft } from './useQuestionDraft';

type Editing<T extends Question['type']> = QuestionDraftEditing<Extract<QuestionDraft, { type: T }>>;

function AnswerFields({ editing }: { editing: QuestionDraftEditing }) {
  switch (editing.draft.type) {
    case 'single-choice':
    case 'multiple-choice':
      return <ChoiceOptionsEditor editing={editing as Editing<'single-choice' | 'multiple-choice'>} />;
    case 'true-false':
      return <TrueFalseEditor editing={editing as Editing<'true-false'>} />;
    case 'fill-in':
      return <FillInEditor editing={editing as Editing<'fill-in'>} />;
    case 'cloze':
      return <ClozeEditor editing={editing as Editing<'cloze'>} />;
    case 'matching':
      return <MatchingPairsEditor editing={editing as Editing<'matching'>} />;
    case 'ordering':
      return <OrderingItemsEditor editing={editing as Editing<'ordering'>} />;
    case 'numeric':
      return <NumericAnswerEditor editing={editing as Editing<'numeric'>} />;
  }
}

/** Every field of one question; each saves when the user leaves it, and its issues sit beside it. */
export function QuestionEditor({ question, issues, objectives }: { question: Question; issues: QuestionIssue[]; objectives: readonly Objective[] }) {
  const { t } = useTranslation();
  const editing = useQuestionDraft(question);
  const { draft, change, commit } = editing;
  const id = useId();
  const at = (place: 'answers' | 'feedback' | 'points') => issuesAt(issues, questionIssuePlace, place);

  return (
    <div className="question-editor">
      <div className="question-editor__row">
        <div className="field question-editor__grow">
          <label className="field__label" htmlFor={`${id}-prompt`}>
            {t('quiz:prompt')}
          </label>
          <textarea
            id={`${id}-prompt`}
            className="input"
            rows={2}
            value={draft.prompt}
            maxLength={20_000}
            onChange={(event) => change({ ...draft, prompt: event.target.value })}
            onBlur={() => (draft.prompt.trim() === '' ? change({ ...draft, prompt: question.prompt }) : commit())}
          />
        </div>
        <div className="field question-editor__points">
          <label className="field__label" htmlFor={`${id}-points`}>
            {t('quiz:points')}
          </label>
          <CommittedNumberField id={`${id}-points`} value={draft.points} min={0} max={1000} onCommit={(points) => commit({ ...draft, points })} />
        </div>
      </div>
      <IssueList issues={at('points')} />

      <div className="question-editor__answers">
        <AnswerFields editing={editing} />
        <IssueList issues={at('answers')} />
      </div>

      <fieldset className="question-editor__feedback">
        <legend className="field__label">{t('quiz:overallFeedback')}</legend>
        <div className="field">
          <label className="field__hint" htmlFor={`${id}-right`}>
            {t('quiz:feedbackCorrect')}
          </label>
          <textarea
            id={`${id}-right`}
            className="input"
            rows={2}
            value={draft.feedbackCorrect}
            onChange={(event) => change({ ...draft, feedbackCorrect: event.target.value })}
            onBlur={() => commit()}
          />
        </div>
        <div className="field">
          <label className="field__hint" htmlFor={`${id}-wrong`}>
            {t('quiz:feedbackIncorrect')}
          </label>
          <textarea
            id={`${id}-wrong`}
            className="input"
            rows={2}
            value={draft.feedbackIncorrect}
            onChange={(event) => change({ ...draft, feedbackIncorrect: event.target.value })}
            onBlur={() => commit()}
          />
        </div>
        <IssueList issues={at('feedback')} />
      </fieldset>
      <QuestionObjectivesField editing={editing} objectives={objectives} />
    </div>
  );
}
