import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionIssue } from '../../../shared/authoring/validateQuestion';
import type { Objective, Question } from '../../../shared/model/course';
import type { Id } from '../../../shared/model/ids';
import { useAppStore } from '../../state/useAppStore';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Icon } from '../../ui/Icon';
import { OpenCommentsMarker } from '../review/OpenCommentsMarker';
import { QuestionEditor } from './QuestionEditor';

interface QuestionCardProps {
  question: Question;
  index: number;
  count: number;
  issues: QuestionIssue[];
  open: boolean;
  onToggle(): void;
  onOpen(id: Id): void;
  objectives: readonly Objective[];
}

/** One question in the list: summary and actions, and its editor when open. */
export function QuestionCard({ question, index, count, issues, open, onToggle, onOpen, objectives }: QuestionCardProps) {
  const { t } = useTranslation();
  const moveQuestion = useAppStore((state) => state.moveQuestion);
  const duplicateQuestion = useAppStore((state) => state.duplicateQuestion);
  const deleteQuestion = useAppStore((state) => state.deleteQuestion);
  const select = useAppStore((state) => state.select);
  const quizCapsuleId = useAppStore((state) => state.quizCapsuleId);
  const previewed = useAppStore((state) => state.selection?.kind === 'question' && state.selection.id === question.id);
  const n = index + 1;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const bodyId = `question-body-${question.id}`;
  const card = useRef<HTMLLIElement>(null);
  // A question opened from elsewhere (a check, the export dialog) is brought into view, once: when
  // its card appears open, not each time the designer opens it in the list.
  const openWhenShown = useRef(open);
  useEffect(() => {
    if (openWhenShown.current) card.current?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <li ref={card} className={`question-card card${open ? ' question-card--open' : ''}`} data-testid="question-card" data-type={question.type}>
      <div className="question-card__head">
        <button
          type="button"
          className="question-card__summary"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            // Opening a question shows it as the learner will see it, beside the editor.
            if (!open) select({ kind: 'question', id: question.id });
            onToggle();
          }}
        >
          <span className="question-card__number">{n}</span>
          <span className="question-card__text">
            <span className="question-card__prompt">{question.prompt}</span>
            <span className="question-card__meta">
              <span className="badge">{t(`quiz:type.${question.type}`)}</span>
              <span>{t('quiz:pointsShort', { count: question.points })}</span>
              {quizCapsuleId && <OpenCommentsMarker capsuleId={quizCapsuleId} questionId={question.id} />}
              {errors > 0 && <span className="question-card__errors">{t('quiz:errorCount', { count: errors })}</span>}
              {errors === 0 && issues.length > 0 && <span className="question-card__warnings">{t('quiz:warningCount', { count: issues.length })}</span>}
            </span>
          </span>
          <Icon name="chevron" size={16} />
        </button>
        <div className="question-card__actions" role="group" aria-label={t('quiz:questionActions', { n })}>
          <button
            type="button"
            className="button button--small"
            aria-pressed={previewed}
            onClick={() => select(previewed ? null : { kind: 'question', id: question.id })}
          >
            {t('quiz:preview')}
          </button>
          <button type="button" className="icon-button" aria-label={`${t('quiz:moveUp')} (${n})`} title={t('quiz:moveUp')} disabled={index === 0} onClick={() => void moveQuestion(question.id, index - 1)}>
            <span aria-hidden="true">↑</span>
          </button>
          <button type="button" className="icon-button" aria-label={`${t('quiz:moveDown')} (${n})`} title={t('quiz:moveDown')} disabled={index === count - 1} onClick={() => void moveQuestion(question.id, index + 1)}>
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`${t('quiz:duplicate')} (${n})`}
            title={t('quiz:duplicate')}
            onClick={() => void duplicateQuestion(question.id).then((id) => id && onOpen(id))}
          >
            <Icon name="file" size={16} />
          </button>
          <ConfirmButton className="icon-button" ariaLabel={`${t('quiz:delete')} (${n})`} question={t('quiz:deleteConfirm', { n })} onConfirm={() => void deleteQuestion(question.id)}>
            <Icon name="close" size={16} />
          </ConfirmButton>
        </div>
      </div>
      {open && (
        <div className="question-card__body" id={bodyId}>
          <QuestionEditor question={question} issues={issues} objectives={objectives} />
        </div>
      )}
    </li>
  );
}
