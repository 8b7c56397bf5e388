import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { checkObjectiveWording } from '../../../shared/authoring/checkObjectiveWording';
import type { Language, Objective } from '../../../shared/model/course';
import type { AlignmentQuestion } from '../../../shared/api/authoringCalls';
import { useAppStore } from '../../state/useAppStore';
import { Icon } from '../../ui/Icon';
import { useAutosavedDraft } from '../../ui/useAutosavedDraft';
import { BloomLevelSelect } from './BloomLevelSelect';
import { ObjectiveCapsuleLinks, type LinkableModule } from './ObjectiveCapsuleLinks';
import { ObjectiveWordingNotice, wordingNoticeIssues } from './ObjectiveWordingNotice';

interface ObjectiveCardProps {
  objective: Objective;
  index: number;
  siblingCount: number;
  language: Language;
  /** The capsules that may teach it: its module's, or every module's for a course objective. */
  linkableModules: LinkableModule[];
  /** Questions that assess it (linked in the quiz editor). */
  questions: AlignmentQuestion[];
}

/** One objective: code, wording with advice, Bloom level, order, what teaches and assesses it. */
export function ObjectiveCard({ objective, index, siblingCount, language, linkableModules, questions }: ObjectiveCardProps) {
  const { t } = useTranslation();
  const updateObjective = useAppStore((state) => state.updateObjective);
  const moveObjective = useAppStore((state) => state.moveObjective);
  const deleteObjective = useAppStore((state) => state.deleteObjective);
  const id = useId();
  const text = useAutosavedDraft(
    objective.text,
    (raw) => (raw.trim() ? null : 'empty'),
    (raw) => void updateObjective(objective.id, { text: raw.trim() }),
  );
  const wording = checkObjectiveWording(text.draft, language);
  const level = objective.bloomLevel ?? wording.bloomLevel;
  const hasWordingNotice = wordingNoticeIssues(wording).length > 0;
  // Point only at what is on screen: a description id with no element is an ARIA error.
  const describedBy = [hasWordingNotice && `${id}-wording`, text.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const move = (offset: number) => void moveObjective(objective.id, objective.moduleId, index + offset);

  return (
    <li className="objective card" data-testid="objective" aria-labelledby={`${id}-code`}>
      <div className="objective__head">
        <span className="objective__code" id={`${id}-code`}>
          {objective.code}
        </span>
        <div className="objective__text">
          <label className="visually-hidden" htmlFor={`${id}-text`}>
            {t('objectives:objectiveText', { code: objective.code })}
          </label>
          <textarea
            id={`${id}-text`}
            className="input objective__input"
            dir="auto"
            rows={1}
            maxLength={2_000}
            value={text.draft}
            aria-invalid={text.error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => text.onChange(event.target.value.replace(/\n/g, ' '))}
            onKeyDown={(event) => {
              // An objective is one sentence: Enter is done typing, not a new line.
              if (event.key === 'Enter') {
                event.preventDefault();
                event.currentTarget.blur();
              }
            }}
            onFocus={text.onFocus}
            onBlur={text.onBlur}
          />
          {text.error && (
            <p className="field__error" id={`${id}-error`}>
              {t('objectives:issue.empty')}
            </p>
          )}
        </div>
        <div className="objective__actions">
          <button
            type="button"
            className="icon-button"
            aria-label={t('objectives:moveUp', { code: objective.code })}
            title={t('objectives:moveUp', { code: objective.code })}
            disabled={index === 0}
            onClick={() => move(-1)}
          >
            <Icon name="arrowUp" size={16} />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('objectives:moveDown', { code: objective.code })}
            title={t('objectives:moveDown', { code: objective.code })}
            disabled={index === siblingCount - 1}
            onClick={() => move(1)}
          >
            <Icon name="arrowDown" size={16} />
          </button>
          <button
            type="button"
            className="icon-button icon-button--danger"
            aria-label={t('objectives:delete', { code: objective.code })}
            title={t('objectives:delete', { code: objective.code })}
            onClick={() => void deleteObjective(objective.id)}
          >
            <Icon name="trash" size={16} />
          </button>
        </div>
      </div>
      <ObjectiveWordingNotice id={`${id}-wording`} wording={wording} level={level} language={language} />
      <div className="objective__meta">
        <div className="objective__level">
          <label htmlFor={`${id}-level`}>{t('objectives:level')}</label>
          <BloomLevelSelect id={`${id}-level`} value={objective.bloomLevel} onChange={(bloomLevel) => void updateObjective(objective.id, { bloomLevel })} />
          {objective.bloomLevel === null && wording.bloomLevel && (
            <span className="objective__detected">{t('objectives:detectedLevel', { level: t(`objectives:level.${wording.bloomLevel}`) })}</span>
          )}
        </div>
      </div>
      {questions.length > 0 ? (
        <details className="objective-links objective-links--questions">
          <summary data-testid="objective-questions">{t('objectives:assessedBy', { count: questions.length })}</summary>
          <ul className="objective__questions">
            {questions.map((question) => (
              <li key={question.id}>{question.prompt}</li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="objective__assessed" data-testid="objective-questions">
          <Icon name="assessment" size={15} />
          {t('objectives:notAssessedYet')}
        </p>
      )}
      <ObjectiveCapsuleLinks objective={objective} modules={linkableModules} />
    </li>
  );
}
