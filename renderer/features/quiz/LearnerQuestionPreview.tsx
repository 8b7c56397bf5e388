import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayerQuestion } from '../../../shared/export/playerData';
import type { Language } from '../../../shared/model/course';
import { answerFeedback } from '../../../shared/quiz/answerFeedback';
import { scoreQuestion, type QuestionScore } from '../../../shared/quiz/scoreQuestion';
import { emptyPreviewEntry, previewAnswer, shuffledIndices, type PreviewEntry } from './previewAnswer';
import { PreviewAnswerControls } from './PreviewAnswerControls';

interface Verdict {
  score: QuestionScore;
  feedback: string[];
}

/**
 * One question as the learner meets it in the exported module: the player's strings in the course's
 * language, judged by the player's own scoring (shared/quiz).
 */
export function LearnerQuestionPreview({ question, language }: { question: PlayerQuestion; language: Language }) {
  const { t, i18n } = useTranslation();
  const playerT = useMemo(() => i18n.getFixedT(language, 'player'), [i18n, language]);
  const id = useId();
  const freshEntry = () => emptyPreviewEntry(question, question.type === 'ordering' ? shuffledIndices(question.items.length) : []);
  const freshRightOrder = () => (question.type === 'matching' ? shuffledIndices(question.pairs.length) : []);
  // Each attempt shuffles the right-hand sides again, as a new attempt in the player does.
  const [rightOrder, setRightOrder] = useState(freshRightOrder);
  const [entry, setEntry] = useState<PreviewEntry>(freshEntry);
  const [hint, setHint] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answer = previewAnswer(question, entry);
    if (answer === 'answerRequired' || answer === 'numberRequired') {
      setHint(playerT(answer));
      return;
    }
    const score = scoreQuestion(question, answer);
    setHint(null);
    setVerdict({ score, feedback: answerFeedback(question, answer, score.correct) });
  };
  const retry = () => {
    setRightOrder(freshRightOrder());
    setVerdict(null);
    setHint(null);
    setEntry(freshEntry());
  };

  return (
    <form lang={language} className={`preview${verdict ? (verdict.score.correct ? ' preview--correct' : ' preview--incorrect') : ''}`} noValidate onSubmit={submit} data-testid="question-preview">
      <fieldset disabled={verdict !== null}>
        <legend className="preview__prompt">{question.prompt}</legend>
        <PreviewAnswerControls t={playerT} question={question} entry={entry} rightOrder={rightOrder} locked={verdict !== null} idPrefix={id} onChange={setEntry} />
      </fieldset>
      <div className="preview__feedback" aria-live="polite">
        {hint && <p className="preview__hint">{hint}</p>}
        {verdict && (
          <>
            <p className="preview__verdict">{playerT(verdict.score.correct ? 'correct' : 'incorrect')}</p>
            {verdict.feedback.map((text, index) => (
              <p key={index}>{text}</p>
            ))}
            <p className="preview__points">{t('quiz:previewEarned', { earned: verdict.score.earned, count: verdict.score.possible })}</p>
          </>
        )}
      </div>
      {verdict ? (
        <button type="button" className="button" onClick={retry}>
          {t('quiz:previewRetry')}
        </button>
      ) : (
        <button type="submit" className="button button--primary">
          {playerT('submitAnswer')}
        </button>
      )}
    </form>
  );
}
