import type { PlayerQuiz } from '../../../shared/export/playerData';
import type { LearnerAnswer } from '../../../shared/quiz/learnerAnswer';
import { scoreAttempt } from '../../../shared/quiz/scoreAttempt';
import { scoreQuestion, type QuestionScore } from '../../../shared/quiz/scoreQuestion';
import type { QuizProgress } from '../../../shared/export/resumeState';
import { el } from './createElement';
import { renderQuestion } from './renderQuestion';
import type { Translate } from './translate';

export interface QuizViewOptions {
  quiz: PlayerQuiz;
  key: string;
  t: Translate;
  progress: QuizProgress;
  /** Records the answer at `position` of the attempt and returns its score. */
  answer: (position: number, answer: LearnerAnswer) => QuestionScore;
  retry: () => void;
}

const percentText = (earned: number, possible: number) => Math.round((earned / possible) * 1000) / 10;

/** A quiz attempt: its questions in attempt order, then the result with the pass/fail feedback. */
export function renderQuiz(options: QuizViewOptions): HTMLElement {
  const { quiz, t, progress } = options;
  const questions = progress.order.map((index) => quiz.questions[index]).filter((question) => question !== undefined);
  const result = el('div', { class: 'spoc-quiz-result', tabindex: '-1', 'aria-live': 'polite' });
  const showResult = () => {
    if (progress.answers.some((answer) => answer === null || answer === undefined)) return false;
    const score = scoreAttempt(questions, progress.answers, quiz.passingScore);
    const feedback = score.passed ? quiz.feedbackPassed : quiz.feedbackFailed;
    result.className = `spoc-quiz-result ${score.passed ? 'is-passed' : 'is-failed'}`;
    const parts = [
      el('p', { class: 'spoc-verdict' }, t(score.passed ? 'quizPassed' : 'quizFailed')),
      el('p', {}, t('quizScore', { percent: score.percent, count: score.correctCount, total: score.questionCount, passing: quiz.passingScore })),
      progress.best && progress.attempts > 1 ? el('p', {}, t('bestScore', { percent: percentText(progress.best.earned, progress.best.possible) })) : null,
      feedback ? el('p', {}, feedback) : null,
      el('button', { type: 'button', class: 'spoc-button spoc-button--secondary', onclick: options.retry }, t('retryQuiz')),
    ];
    result.replaceChildren(...parts.filter((part) => part !== null));
    return true;
  };
  const forms = questions.map((question, position) =>
    renderQuestion({
      question,
      number: position + 1,
      total: questions.length,
      key: `${options.key}-${position}`,
      answer: progress.answers[position] ?? null,
      t,
      score: (answer) => scoreQuestion(question, answer),
      submit: (answer) => {
        const score = options.answer(position, answer);
        if (showResult()) queueMicrotask(() => result.focus());
        return score;
      },
    }),
  );
  showResult();
  return el('section', { class: 'spoc-quiz', 'aria-labelledby': `${options.key}-title` }, el('h2', { id: `${options.key}-title` }, quiz.title || t('quiz')), ...forms, result);
}
