import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizLevelIssue } from '../../../shared/authoring/validateQuiz';
import type { Quiz } from '../../../shared/model/course';
import { useAppStore } from '../../state/useAppStore';
import { CommittedNumberField } from '../../ui/CommittedNumberField';
import { CommittedTextField } from '../../ui/CommittedTextField';
import { IssueList } from './IssueList';
import { issuesAt, quizIssuePlace, type QuizIssuePlace } from './issuePlaces';

interface QuizSettingsProps {
  quiz: Quiz;
  questionCount: number;
  masteryScore: number;
  issues: QuizLevelIssue[];
}

/** Title, pass mark, shuffle, the question bank's draw, and the end-of-quiz feedback. */
export function QuizSettings({ quiz, questionCount, masteryScore, issues }: QuizSettingsProps) {
  const { t } = useTranslation();
  const updateQuiz = useAppStore((state) => state.updateQuiz);
  const id = useId();
  const at = (place: QuizIssuePlace) => issuesAt(issues, quizIssuePlace, place);

  return (
    <section className="quiz-settings card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="quiz-section-title">
        {t('quiz:settings')}
      </h3>
      <div className="quiz-settings__grid">
        <div className="field quiz-settings__wide">
          <label className="field__label" htmlFor={`${id}-title`}>
            {t('quiz:title')}
          </label>
          <CommittedTextField id={`${id}-title`} value={quiz.title} maxLength={500} onCommit={(title) => void updateQuiz({ title })} />
        </div>

        <fieldset className="field quiz-settings__fieldset">
          <legend className="field__label">{t('quiz:passingScore')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={quiz.passingScore !== null}
              onChange={(event) => void updateQuiz({ passingScore: event.target.checked ? masteryScore : null })}
            />
            {t('quiz:passingScoreOwn')}
          </label>
          {quiz.passingScore === null ? (
            <p className="field__hint">{t('quiz:passingScoreCourse', { score: masteryScore })}</p>
          ) : (
            <CommittedNumberField id={`${id}-passing`} value={quiz.passingScore} min={0} max={100} onCommit={(passingScore) => void updateQuiz({ passingScore })} />
          )}
          <IssueList issues={at('passing')} />
        </fieldset>

        <fieldset className="field quiz-settings__fieldset">
          <legend className="field__label">{t('quiz:bank')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={quiz.drawCount !== null}
              onChange={(event) => void updateQuiz({ drawCount: event.target.checked ? Math.max(1, Math.min(questionCount, 5)) : null })}
            />
            {t('quiz:bankOn')}
          </label>
          {quiz.drawCount === null ? (
            <p className="field__hint">{t('quiz:bankOff')}</p>
          ) : (
            <>
              <label className="field__hint" htmlFor={`${id}-draw`}>
                {t('quiz:drawCount')}
              </label>
              <CommittedNumberField id={`${id}-draw`} value={quiz.drawCount} min={1} max={1000} onCommit={(drawCount) => void updateQuiz({ drawCount })} />
              <p className="field__hint">{t('quiz:bankHint')}</p>
            </>
          )}
          <IssueList issues={at('bank')} />
        </fieldset>

        <label className="check quiz-settings__wide">
          <input type="checkbox" checked={quiz.shuffle} onChange={(event) => void updateQuiz({ shuffle: event.target.checked })} />
          {t('quiz:shuffle')}
        </label>

        <div className="field">
          <label className="field__label" htmlFor={`${id}-passed`}>
            {t('quiz:feedbackPassed')}
          </label>
          <CommittedTextField id={`${id}-passed`} multiline value={quiz.feedbackPassed} onCommit={(feedbackPassed) => void updateQuiz({ feedbackPassed })} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-failed`}>
            {t('quiz:feedbackFailed')}
          </label>
          <CommittedTextField id={`${id}-failed`} multiline value={quiz.feedbackFailed} onCommit={(feedbackFailed) => void updateQuiz({ feedbackFailed })} />
        </div>
        <div className="quiz-settings__wide">
          <IssueList issues={at('feedback')} />
        </div>
      </div>
    </section>
  );
}
