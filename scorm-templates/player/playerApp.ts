import { PREVIEW_ESCAPE } from '../../shared/export/previewMessages';
import type { PlayerCapsule, PlayerData } from '../../shared/export/playerData';
import type { LearnerAnswer } from '../../shared/quiz/learnerAnswer';
import { answeredQuestionCount } from '../../shared/quiz/answeredQuestions';
import { scoreAttempt } from '../../shared/quiz/scoreAttempt';
import { scoreQuestion, type QuestionScore } from '../../shared/quiz/scoreQuestion';
import type { CourseProgress } from './state/courseProgress';
import { flattenCapsules, scenarioKey, type QuizProgress, type ResumeState } from '../../shared/export/resumeState';
import type { LmsHealth, NavigationRequest, Tracker } from './tracker';
import { el } from './ui/createElement';
import { localIsoDate } from './state/currentProgrammeWeek';
import { enablePanelBlocks } from './ui/panelBlocks';
import { keyPointsPrintButton } from './ui/printKeyPoints';
import { renderCover } from './ui/renderCover';
import { renderProgramme } from './ui/renderProgramme';
import { renderResults } from './ui/renderResults';
import { learnerProgress, type LearnerProgress } from './state/learnerProgress';
import { formatDuration } from '../../shared/pacing/formatDuration';
import { renderQuiz } from './ui/renderQuiz';
import { enableScenarios } from './ui/scenarioBlocks';
import { shuffled } from './ui/shuffled';
import type { Translate } from './ui/translate';

/** A new attempt: the drawn questions, shuffled when the designer asked for it. */
function newAttempt(capsule: PlayerCapsule, previous: QuizProgress | undefined): QuizProgress {
  const quiz = capsule.quiz;
  const all = quiz ? quiz.questions.map((_, index) => index) : [];
  const asked = quiz ? answeredQuestionCount(quiz, all.length) : 0;
  const drawn = asked < all.length ? shuffled(all).slice(0, asked).sort((a, b) => a - b) : all;
  const order = quiz?.shuffle ? shuffled(drawn) : drawn;
  return { order, answers: order.map(() => null), attempts: (previous?.attempts ?? 0) + 1, best: previous?.best ?? null };
}

/** The learner's screen: menu, capsule, quiz, pager, resume prompt; every step saved through the tracker. */
export class PlayerApp {
  private readonly capsules: PlayerCapsule[];
  private state!: ResumeState;
  private progress!: CourseProgress;
  private readonly main = el('main', { id: 'spoc-main', tabindex: '-1' });
  private readonly nav = el('nav', { id: 'spoc-nav', class: 'spoc-nav' });
  private readonly progressText = el('p', { class: 'spoc-progress-text' });
  private readonly progressBar = el('div', { class: 'spoc-progress-bar', role: 'progressbar', 'aria-valuemin': '0' });
  private readonly notice = el('p', { class: 'spoc-notice', role: 'status' });
  private readonly lmsNotice = el('div', { class: 'spoc-lms-notice' });
  private readonly menuButton: HTMLButtonElement;
  private shownAt = Date.now();
  private showingProgramme = false;
  private showingResults = false;

  constructor(
    private readonly data: PlayerData,
    private readonly tracker: Tracker,
    private readonly t: Translate,
    private readonly preview: boolean,
  ) {
    this.capsules = flattenCapsules(data);
    this.menuButton = el('button', { type: 'button', class: 'spoc-menu-button', 'aria-controls': 'spoc-nav', 'aria-expanded': 'false', onclick: () => this.toggleMenu() }, t('menu'));
    this.nav.setAttribute('aria-label', t('menu'));
  }

  start(root: HTMLElement): void {
    this.tracker.onHealth = (health) => this.showLmsHealth(health);
    const opened = this.tracker.open();
    this.state = opened.state;
    this.progressBar.append(el('span', { class: 'spoc-progress-fill' }));
    const parts = [
      el('a', { class: 'spoc-skip', href: '#spoc-main' }, this.t('skipToContent')),
      el(
        'header',
        { class: 'spoc-topbar' },
        this.menuButton,
        this.data.logo ? el('img', { class: 'spoc-logo', src: this.data.logo.src, alt: this.data.logo.alt }) : null,
        el('div', { class: 'spoc-titles' }, el('p', { class: 'spoc-course-title', dir: 'auto' }, this.data.course.title), this.data.sco.title !== this.data.course.title ? el('p', { class: 'spoc-sco-title', dir: 'auto' }, this.data.sco.title) : null),
        el('div', { class: 'spoc-progress' }, this.progressText, this.progressBar),
      ),
      // A landmark of its own, so screen reader users find it among the page's regions.
      this.preview ? el('aside', { class: 'spoc-preview' }, el('p', {}, this.t('previewMode'))) : null,
      el('div', { class: 'spoc-layout' }, this.nav, el('div', { class: 'spoc-stage' }, this.lmsNotice, this.notice, this.main)),
    ];
    root.replaceChildren(...parts.filter((part) => part !== null));
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      if (this.nav.classList.contains('is-open')) {
        // Used here: a page holding the player (the app's preview) must not close on the same key.
        event.preventDefault();
        this.toggleMenu(false);
      } else if (this.preview && window.parent !== window) {
        // The app's preview frame is sandboxed: a message is the only way to say "close me".
        window.parent.postMessage(PREVIEW_ESCAPE, '*');
      }
    });
    if (opened.resumed && this.capsules.length > 1) this.askToResume();
    else this.show(this.state.location, false);
  }

  /** Saves and closes the LMS session; safe to call more than once. */
  finish(): void {
    this.tracker.finish(this.state);
  }

  /** Tells the learner, without a word of "saved", when the LMS does not record what they do. */
  private showLmsHealth(health: LmsHealth): void {
    if (health === 'saved') {
      this.lmsNotice.replaceChildren();
      return;
    }
    const blocking = health !== 'refused';
    const text = this.t(health === 'refused' ? 'lmsRefused' : health === 'not-opened' ? 'lmsNotOpened' : 'lmsEnded');
    this.lmsNotice.replaceChildren(el('p', { class: `spoc-lms-problem${blocking ? ' is-blocking' : ''}`, role: blocking ? 'alert' : 'status' }, text));
    if (blocking) this.notice.hidden = true;
  }

  private askToResume(): void {
    const title = this.capsules[this.state.location]?.title ?? '';
    const dialog = el('dialog', { class: 'spoc-dialog', 'aria-labelledby': 'spoc-resume-title' });
    const choose = (index: number) => () => {
      dialog.close();
      dialog.remove();
      this.show(index, true);
    };
    const resume = el('button', { type: 'button', class: 'spoc-button', onclick: choose(this.state.location) }, this.t('resume'));
    dialog.append(
      el('h2', { id: 'spoc-resume-title' }, this.t('resumeTitle')),
      el('p', {}, this.t('resumeText', { title })),
      el('div', { class: 'spoc-dialog-actions' }, resume, el('button', { type: 'button', class: 'spoc-button spoc-button--secondary', onclick: choose(0) }, this.t('startOver'))),
    );
    // Escape closes the dialog: treat it as "resume" so the learner is never left on a blank page.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      choose(this.state.location)();
    });
    document.body.append(dialog);
    this.renderNav();
    dialog.showModal();
    resume.focus();
  }

  private show(index: number, moveFocus: boolean): void {
    const capsule = this.capsules[index];
    if (!capsule) return;
    const fromModule = this.moduleOf(this.capsules[this.state.location]);
    this.showingProgramme = false;
    this.showingResults = false;
    this.state.location = index;
    // A capsule whose scenario counts toward completion is seen once the learner reaches an end (ScenarioHost.ended).
    if (!capsule.scenarios?.some((scenario) => scenario.required)) this.state.viewed[index] = true;
    if (capsule.quiz && !this.state.quizzes.get(index)?.order.length) this.state.quizzes.set(index, newAttempt(capsule, this.state.quizzes.get(index)));
    this.save();
    this.renderCapsule(capsule, index);
    // A new module slides in, a new capsule fades in (the style sheet drops both under reduced motion).
    this.main.querySelector('.spoc-capsule')?.classList.add(this.moduleOf(capsule) === fromModule ? 'spoc-enter-capsule' : 'spoc-enter-module');
    this.renderNav();
    this.toggleMenu(false);
    if (moveFocus) {
      this.main.focus();
      window.scrollTo(0, 0);
    }
  }

  /** The cohort's programme in place of the capsule; the learner's place in the course is kept. */
  private showProgramme(): void {
    const programme = this.data.programme;
    if (!programme) return;
    this.showingProgramme = true;
    this.showingResults = false;
    const back = el('button', { type: 'button', class: 'spoc-button spoc-button--secondary', onclick: () => this.show(this.state.location, true) }, `← ${this.t('backToCapsule')}`);
    this.main.setAttribute('aria-labelledby', 'spoc-programme-title');
    this.main.replaceChildren(renderProgramme(programme, this.data.language, this.t, localIsoDate(new Date())), el('nav', { class: 'spoc-pager', 'aria-label': this.t('backToCapsule') }, back));
    this.renderNav();
    this.toggleMenu(false);
    this.main.focus();
    window.scrollTo(0, 0);
  }

  /** What the learner has done and what is left, in place of the capsule; the status said as the LMS holds it. */
  private showResults(): void {
    this.showingResults = true;
    this.showingProgramme = false;
    const back = el('button', { type: 'button', class: 'spoc-button spoc-button--secondary', onclick: () => this.show(this.state.location, true) }, `← ${this.t('backToCapsule')}`);
    const results = renderResults({
      capsules: this.capsules,
      learner: this.learnerProgress(),
      reported: this.progress,
      masteryScore: this.data.masteryScore,
      recorded: !this.preview && this.tracker.health === 'saved',
      language: this.data.language,
      t: this.t,
      goTo: (index) => this.show(index, true),
    });
    this.main.setAttribute('aria-labelledby', 'spoc-results-title');
    this.main.replaceChildren(results, el('nav', { class: 'spoc-pager', 'aria-label': this.t('backToCapsule') }, back));
    this.renderNav();
    this.toggleMenu(false);
    this.main.focus();
    window.scrollTo(0, 0);
  }

  private learnerProgress(): LearnerProgress {
    return learnerProgress(this.data, this.capsules, this.state, localIsoDate(new Date()));
  }

  /** Capsules viewed, quizzes passed and, with a programme, the time this week still asks for. */
  private progressSummary(learner: LearnerProgress): string {
    const parts = [this.t('capsulesSeen', { count: learner.viewed, total: learner.total })];
    if (learner.quizzes.length > 0) parts.push(this.t('quizzesPassed', { count: learner.passedCount, total: learner.quizzes.length }));
    if (learner.minutesLeftThisWeek !== null) parts.push(learner.minutesLeftThisWeek > 0 ? this.t('timeLeftThisWeek', { duration: formatDuration(learner.minutesLeftThisWeek, this.data.language) }) : this.t('weekDone'));
    return parts.join(' · ');
  }

  private save(): void {
    const wasCompleted = this.progress?.completion === 'completed';
    this.progress = this.tracker.save(this.state);
    const { viewedCount, capsuleCount } = this.progress;
    this.progressText.textContent = this.progressSummary(this.learnerProgress());
    this.progressBar.setAttribute('aria-valuemax', String(capsuleCount));
    this.progressBar.setAttribute('aria-valuenow', String(viewedCount));
    this.progressBar.setAttribute('aria-label', this.progressText.textContent);
    (this.progressBar.firstElementChild as HTMLElement | null)?.style.setProperty('width', `${capsuleCount ? (viewedCount / capsuleCount) * 100 : 0}%`);
    const recorded = !this.preview && this.tracker.health === 'saved';
    const messages = [recorded && this.progress.completion === 'completed' && !wasCompleted ? this.t('courseCompleted') : '', recorded && !this.tracker.complete ? this.t('savedPartially') : ''];
    const text = messages.filter(Boolean).join(' ');
    if (text || !this.tracker.complete) this.notice.textContent = text;
    this.notice.hidden = !this.notice.textContent;
  }

  private moduleOf(capsule: PlayerCapsule | undefined) {
    return this.data.modules.find((candidate) => capsule !== undefined && candidate.capsules.includes(capsule));
  }

  private renderCapsule(capsule: PlayerCapsule, index: number): void {
    const module = this.moduleOf(capsule);
    // Authors' text may be right-to-left (Arabic, Hebrew): let the browser pick its direction.
    const content = el('div', { class: 'spoc-content', dir: 'auto' });
    // The export renders and escapes this HTML; it is the one place markup is inserted.
    content.innerHTML = capsule.html;
    enablePanelBlocks(content);
    this.enableScenarios(content, capsule, index);
    const progress = this.state.quizzes.get(index);
    const quiz = capsule.quiz && progress ? this.quizView(capsule, index, progress) : null;
    // At the SCO's ends, the LMS's sequencing (2004) may take the learner to the next or previous module.
    const previous =
      index > 0
        ? el('button', { type: 'button', class: 'spoc-button spoc-button--secondary', onclick: () => this.show(index - 1, true) }, `← ${this.t('previous')}`)
        : this.lmsNavigation('previous', `← ${this.t('previousModule')}`, 'spoc-button spoc-button--secondary');
    const next =
      index < this.capsules.length - 1
        ? el('button', { type: 'button', class: 'spoc-button', onclick: () => this.show(index + 1, true) }, `${this.t('next')} →`)
        : this.tracker.canNavigate('continue')
          ? this.lmsNavigation('continue', `${this.t('nextModule')} →`, 'spoc-button')
          : this.lmsNavigation('exitAll', this.t('exitCourse'), 'spoc-button spoc-button--secondary');
    this.main.setAttribute('aria-labelledby', 'spoc-capsule-title');
    const last = index === this.capsules.length - 1;
    const results = last ? el('button', { type: 'button', class: 'spoc-button spoc-button--secondary', onclick: () => this.showResults() }, this.t('seeResults')) : null;
    const article = el('article', { class: 'spoc-capsule' }, module ? el('p', { class: 'spoc-eyebrow', dir: 'auto' }, module.title) : null, el('h1', { id: 'spoc-capsule-title', dir: 'auto' }, capsule.title), content, keyPointsPrintButton(content, this.t), quiz);
    this.main.replaceChildren(
      // A one-capsule SCO is the designer's capsule preview: no cover there.
      ...(index === 0 && this.capsules.length > 1 ? [renderCover(this.data, this.t)] : []),
      article,
      el('nav', { class: 'spoc-pager', 'aria-label': `${this.t('previous')} / ${this.t('next')}` }, previous, results, next),
    );
    this.shownAt = Date.now();
  }

  /** Scenario progress goes into the resume state, each choice to the LMS as an interaction. */
  private enableScenarios(content: HTMLElement, capsule: PlayerCapsule, index: number): void {
    if (!capsule.scenarios) return;
    const ended = new Set<string>();
    enableScenarios(content, {
      progress: (id) => this.state.scenarios?.get(scenarioKey(index, id)),
      chose: (id, situation, choice, next) => {
        (this.state.scenarios ??= new Map()).set(scenarioKey(index, id), next);
        const now = Date.now();
        if (choice >= 0) this.tracker.recordChoice({ capsuleId: capsule.id, scenarioId: id, situationId: situation.id, situationTitle: situation.title, choice, step: next.step, attempt: next.attempt, madeAt: new Date(now), latencyMs: now - this.shownAt });
        this.shownAt = now;
        this.save();
      },
      ended: (id) => {
        ended.add(id);
        if (this.state.viewed[index] || !capsule.scenarios?.every((scenario) => !scenario.required || ended.has(scenario.id))) return;
        this.state.viewed[index] = true;
        this.save();
        this.renderNav();
      },
    });
  }

  private lmsNavigation(request: NavigationRequest, label: string, className: string): HTMLElement {
    if (!this.tracker.canNavigate(request)) return el('span');
    return el('button', { type: 'button', class: className, onclick: () => this.tracker.navigate(request, this.state) }, label);
  }

  private quizView(capsule: PlayerCapsule, index: number, progress: QuizProgress): HTMLElement | null {
    const quiz = capsule.quiz;
    if (!quiz) return null;
    return renderQuiz({
      quiz,
      key: `spoc-q${index}-${progress.attempts}`,
      t: this.t,
      progress,
      answer: (position, answer) => this.answer(capsule, index, progress, position, answer),
      retry: () => {
        this.state.quizzes.set(index, newAttempt(capsule, progress));
        this.save();
        this.renderCapsule(capsule, index);
        this.main.querySelector<HTMLElement>('.spoc-quiz input, .spoc-quiz select, .spoc-quiz button')?.focus();
      },
    });
  }

  private answer(capsule: PlayerCapsule, index: number, progress: QuizProgress, position: number, answer: LearnerAnswer): QuestionScore {
    const quiz = capsule.quiz;
    const question = quiz?.questions[progress.order[position] ?? -1];
    if (!quiz || !question) return { correct: false, earned: 0, possible: 0 };
    const score = scoreQuestion(question, answer);
    progress.answers[position] = answer;
    const now = Date.now();
    this.tracker.recordAnswer({ question, answer, score, answeredAt: new Date(now), latencyMs: now - this.shownAt, attempt: progress.attempts });
    this.shownAt = now;
    if (progress.answers.every((given) => given !== null && given !== undefined)) {
      const attempt = scoreAttempt(progress.order.map((questionIndex) => quiz.questions[questionIndex]).filter((item) => item !== undefined), progress.answers, quiz.passingScore);
      const best = progress.best;
      if (!best || attempt.earned / attempt.possible > best.earned / best.possible) progress.best = { earned: attempt.earned, possible: attempt.possible };
    }
    this.save();
    this.renderNav();
    return score;
  }

  private renderNav(): void {
    const sections = this.data.modules.map((module) => {
      const items = module.capsules.map((capsule) => {
        const index = this.capsules.indexOf(capsule);
        const current = index === this.state.location && !this.showingProgramme && !this.showingResults;
        const viewed = this.state.viewed[index] === true;
        return el(
          'li',
          {},
          el(
            'button',
            { type: 'button', class: `spoc-nav-item${viewed ? ' is-viewed' : ''}`, 'aria-current': current ? 'step' : null, onclick: () => this.show(index, true) },
            el('span', { class: 'spoc-nav-mark', 'aria-hidden': 'true' }, viewed ? '✓' : ''),
            el('span', { dir: 'auto' }, capsule.title),
            el('span', { class: 'spoc-sr-only' }, `, ${this.t(viewed ? 'viewed' : 'notViewed')}${current ? `, ${this.t('current')}` : ''}`),
          ),
        );
      });
      return el('section', {}, el('h2', {}, el('span', { class: 'spoc-nav-module' }, this.t('moduleLabel', { number: module.number })), el('span', { dir: 'auto' }, module.title)), el('ol', {}, ...items));
    });
    const programmeEntry = this.data.programme
      ? el(
          'button',
          { type: 'button', class: 'spoc-nav-item spoc-nav-programme', 'aria-current': this.showingProgramme ? 'page' : null, onclick: () => this.showProgramme() },
          el('span', {}, this.t('programme')),
        )
      : null;
    // Styled and skipped by capsule walks like the programme entry: a place, not a capsule.
    const resultsEntry = el(
      'button',
      { type: 'button', class: 'spoc-nav-item spoc-nav-programme spoc-nav-results', 'aria-current': this.showingResults ? 'page' : null, onclick: () => this.showResults() },
      el('span', {}, this.t('results')),
    );
    this.nav.replaceChildren(...(programmeEntry ? [programmeEntry] : []), resultsEntry, ...sections);
  }

  private toggleMenu(open = !this.nav.classList.contains('is-open')): void {
    // The drawer opens just under the top bar, whose height depends on the titles' length.
    if (open) this.nav.style.setProperty('--spoc-drawer-top', `${document.querySelector('.spoc-topbar')?.getBoundingClientRect().bottom ?? 0}px`);
    this.nav.classList.toggle('is-open', open);
    this.menuButton.setAttribute('aria-expanded', String(open));
    if (open) this.nav.querySelector<HTMLElement>('[aria-current]')?.focus();
    // Closing hides the menu: focus inside it would fall back to the page's start.
    else if (this.nav.contains(document.activeElement)) this.menuButton.focus();
  }
}
