import type { PlayerCapsule } from '../../../shared/export/playerData';
import type { Language } from '../../../shared/model/course';
import { formatDuration } from '../../../shared/pacing/formatDuration';
import type { CourseProgress } from '../state/courseProgress';
import type { LearnerProgress } from '../state/learnerProgress';
import { el } from './createElement';
import type { Translate } from './translate';

export interface ResultsInput {
  capsules: readonly PlayerCapsule[];
  learner: LearnerProgress;
  /** What was reported to the LMS (never below what it held). */
  reported: CourseProgress;
  /** The SCO's pass mark, the manifest's mastery score. */
  masteryScore: number;
  /** False in preview, or when the LMS refused or never opened the session. */
  recorded: boolean;
  language: Language;
  t: Translate;
  goTo: (index: number) => void;
}

/** The status line says what the LMS holds, in the learner's words; never "recorded" when it is not. */
function statusLine({ reported, masteryScore, recorded, t }: ResultsInput): string {
  if (!recorded) return t('resultsNotRecorded');
  const percent = reported.score ? Math.round(reported.score.scaled * 10_000) / 100 : 0;
  if (reported.success === 'passed') return t('resultsPassed', { percent, passing: masteryScore });
  if (reported.success === 'failed') return t('resultsFailed', { percent, passing: masteryScore });
  return t(reported.completion === 'completed' ? 'resultsCompleted' : 'resultsInProgress');
}

/** Capsules seen, each quiz's best score and verdict, and what is left, with a way to each. */
export function renderResults(input: ResultsInput): HTMLElement {
  const { learner, t, language } = input;
  const { unviewed } = learner;
  const quizzes = learner.quizzes.map((quiz) =>
    el(
      'li',
      { class: quiz.passed ? 'is-passed' : '' },
      el('span', { dir: 'auto' }, quiz.capsule.title),
      ' · ',
      quiz.percent === null ? t('resultsQuizNotDone') : t(quiz.passed ? 'resultsQuizPassed' : 'resultsQuizFailed', { percent: quiz.percent, passing: quiz.passingScore }),
    ),
  );
  const go = (index: number, text: string) => el('li', {}, el('button', { type: 'button', class: 'spoc-link-button', dir: 'auto', onclick: () => input.goTo(index) }, text));
  const left = [
    ...unviewed.map((index) => go(index, t('resultsToView', { title: input.capsules[index]?.title ?? '' }))),
    ...learner.quizzes.filter((quiz) => !quiz.passed && !unviewed.includes(quiz.index)).map((quiz) => go(quiz.index, t('resultsToPass', { title: quiz.capsule.title }))),
  ];
  const weekLeft = learner.minutesLeftThisWeek === null ? null : learner.minutesLeftThisWeek > 0 ? t('timeLeftThisWeek', { duration: formatDuration(learner.minutesLeftThisWeek, language) }) : t('weekDone');
  return el(
    'section',
    { class: 'spoc-results' },
    el('h1', { id: 'spoc-results-title' }, t('resultsTitle')),
    el('p', { class: `spoc-results-status${input.recorded ? '' : ' is-warning'}` }, statusLine(input)),
    el('h2', {}, t('resultsCapsules')),
    el('p', {}, t('capsulesSeen', { count: learner.viewed, total: learner.total }), weekLeft ? ` · ${weekLeft}` : null),
    learner.quizzes.length > 0 ? el('h2', {}, t('resultsQuizzes')) : null,
    learner.quizzes.length > 0 ? el('p', {}, t('quizzesPassed', { count: learner.passedCount, total: learner.quizzes.length })) : null,
    learner.quizzes.length > 0 ? el('ul', { class: 'spoc-results-quizzes' }, ...quizzes) : null,
    el('h2', {}, t('resultsLeft')),
    left.length > 0 ? el('ul', { class: 'spoc-results-left' }, ...left) : el('p', {}, t('resultsNothingLeft')),
  );
}
