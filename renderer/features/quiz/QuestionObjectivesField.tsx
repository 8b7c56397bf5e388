import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objective } from '../../../shared/model/course';
import type { QuestionDraftEditing } from './useQuestionDraft';

/** The objectives one question assesses; a click saves the question with the link, like its other fields. */
export function QuestionObjectivesField({ editing, objectives }: { editing: QuestionDraftEditing; objectives: readonly Objective[] }) {
  const { t } = useTranslation();
  const id = useId();
  const { draft, commit } = editing;
  const toggle = (objectiveId: string, linked: boolean) =>
    commit({ ...draft, objectiveIds: linked ? [...draft.objectiveIds.filter((other) => other !== objectiveId), objectiveId] : draft.objectiveIds.filter((other) => other !== objectiveId) });
  return (
    <fieldset className="question-editor__objectives" aria-describedby={`${id}-hint`} data-testid="question-objectives">
      <legend className="field__label">{t('quiz:objectivesLegend')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {objectives.length === 0 ? t('quiz:noObjectivesToLink') : t('quiz:objectivesHint')}
      </p>
      <ul className="objective-checks">
        {objectives.map((objective) => (
          <li key={objective.id}>
            <label className="objective-checks__item">
              <input type="checkbox" checked={draft.objectiveIds.includes(objective.id)} onChange={(event) => toggle(objective.id, event.target.checked)} />
              <span className="objective-checks__code">{objective.code}</span>
              <span className="objective-checks__text">{objective.text}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
