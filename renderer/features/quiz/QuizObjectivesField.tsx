import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objective, Question } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';

/** "Link the whole quiz": an objective ticked here is linked to every question; half-ticked when only some assess it. */
export function QuizObjectivesField({ objectives, questions }: { objectives: readonly Objective[]; questions: readonly Question[] }) {
  const { t } = useTranslation();
  const setQuizObjectiveLink = useAppStore((state) => state.setQuizObjectiveLink);
  const id = useId();
  if (questions.length === 0) return null;
  return (
    <section className="quiz-objectives card" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-hint`} data-testid="quiz-objectives">
      <h3 id={`${id}-heading`} className="quiz-section-title">
        {t('quiz:quizObjectivesTitle')}
      </h3>
      <p className="field__hint" id={`${id}-hint`}>
        {t('quiz:quizObjectivesHint')}
      </p>
      {objectives.length === 0 ? (
        <p className="field__hint">{t('quiz:noObjectivesToLink')}</p>
      ) : (
        <ul className="objective-checks">
          {objectives.map((objective) => {
            const linked = questions.filter((question) => question.objectiveIds.includes(objective.id)).length;
            return (
              <li key={objective.id}>
                <label className="objective-checks__item">
                  <TriStateBox
                    checked={linked === questions.length}
                    mixed={linked > 0 && linked < questions.length}
                    onChange={(checked) => void setQuizObjectiveLink(objective.id, checked)}
                  />
                  <span className="objective-checks__code">{objective.code}</span>
                  <span className="objective-checks__text">{objective.text}</span>
                  <span className="objective-checks__count">{t('quiz:quizObjectiveCoverage', { linked, count: questions.length })}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** A checkbox that can show "some" (indeterminate, announced as mixed); a click on it links all. */
function TriStateBox({ checked, mixed, onChange }: { checked: boolean; mixed: boolean; onChange(checked: boolean): void }) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = mixed;
  }, [mixed]);
  return <input ref={box} type="checkbox" checked={checked} onChange={(event) => onChange(mixed || event.target.checked)} />;
}
