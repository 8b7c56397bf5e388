import { parseCloze } from '../quiz/parseCloze';
import { alignmentMatrix } from '../authoring/alignmentMatrix';
import { renderCapsuleHtml, type CapsuleHtmlContext } from '../export/renderCapsuleHtml';
import { escapeHtml, toSafeUnicode } from '../export/markupEscapes';
import { packText, reviewPack } from '../i18n/reviewPack';
import { formatCalendarDate } from '../i18n/formatDate';
import type { Capsule, Language, Question } from '../model/course';
import { byPosition } from '../model/byPosition';
import type { CourseDocument } from '../model/courseDocument';
import { capsuleMinutes } from '../model/durations';
import type { ReviewCommentStatus, ReviewRound } from '../model/review';
import { computePacingBoard } from '../pacing/computePacingBoard';
import { questionsPerCapsule } from '../quiz/answeredQuestions';
import { formatDuration } from '../pacing/formatDuration';
import { diffCourseDocuments, type CourseChanges } from './diffCourseDocuments';
import { reviewStorageKey, type ReviewPackData } from './reviewPackData';

/** A comment of an earlier round as the pack shows it back to the client, with the designer's answer. */
export interface EarlierComment {
  roundNumber: number;
  reviewer: string;
  /** Module and capsule it is about, as one line. */
  where: string;
  quote: string | null;
  text: string;
  status: ReviewCommentStatus;
  reply: string;
}

export interface ReviewPackInput {
  /** The course as it was when the round started (its snapshot). */
  doc: CourseDocument;
  round: ReviewRound;
  /** The previous round and its snapshot, for "what changed". */
  previous: { number: number; doc: CourseDocument } | null;
  earlierComments: EarlierComment[];
  /** How media blocks appear in the pack (it carries no video, and images only when small). */
  mediaHtml: NonNullable<CapsuleHtmlContext['mediaHtml']>;
}

export interface ReviewPackPage {
  language: Language;
  title: string;
  /** Everything inside <body> but the pack's data and script. */
  body: string;
  data: ReviewPackData;
}

/**
 * The review pack's page: the course as the learner sees it (the export's capsule HTML, with block
 * paths to comment on), and what a client reviews beside it. Every course string is escaped here;
 * the pack's script only adds controls and the reviewer's own text, as text.
 */
export function renderReviewPack(input: ReviewPackInput): ReviewPackPage {
  const { doc, round } = input;
  const language = round.language;
  const t = (key: string, params: Record<string, string | number> = {}) => escapeHtml(packText(language, key, params));
  const text = (value: string) => escapeHtml(toSafeUnicode(value));
  const allModules = [...doc.modules].sort(byPosition);
  const modules = allModules.filter((module) => round.moduleIds === null || round.moduleIds.includes(module.id));
  const capsulesOf = (moduleId: string) => doc.capsules.filter((capsule) => capsule.moduleId === moduleId).sort(byPosition);
  const quizOf = new Map(doc.quizzes.map((quiz) => [quiz.capsuleId, quiz]));
  const questionsOf = (quizId: string) => doc.questions.filter((question) => question.quizId === quizId).sort(byPosition);
  const asked = questionsPerCapsule(doc);
  const minutesOf = (capsule: Capsule) => capsuleMinutes(capsule, asked.get(capsule.id) ?? 0);
  const duration = (minutes: number) => formatDuration(minutes, language);
  const changes = input.previous ? diffCourseDocuments(input.previous.doc, doc, round.moduleIds) : null;
  const added = new Set(changes?.structure.filter((change) => change.change === 'added').map((change) => change.id));
  const changed = new Set(changes?.text.map((change) => change.id));
  const badge = (id: string) =>
    added.has(id) ? ` <span class="rv-badge rv-badge--added">${t('addedBadge')}</span>` : changed.has(id) ? ` <span class="rv-badge rv-badge--changed">${t('changedBadge')}</span>` : '';
  const mediaById = new Map(doc.media.map((asset) => [asset.id, asset]));
  const title = packText(language, 'documentTitle', { course: doc.course.title, round: round.number });

  const sections: string[] = [];
  sections.push(`<section class="rv-intro" id="rv-intro"><p>${t('intro')}</p><noscript><p class="rv-warning">${t('noScript')}</p></noscript></section>`);
  if (changes && input.previous) sections.push(renderChanges(changes, input.previous.number, t, text));
  if (input.earlierComments.length > 0) sections.push(renderEarlier(input.earlierComments, t, text));
  sections.push(renderFraming(doc, language, t, text));
  sections.push(renderObjectives(doc, modules, allModules, t, text));
  sections.push(renderPlan(doc, modules, language, t, text));

  for (const module of modules) {
    const number = allModules.indexOf(module) + 1;
    const capsules = capsulesOf(module.id);
    const capsuleHtml = capsules.map((capsule) => {
      const quiz = quizOf.get(capsule.id);
      const quizHtml = quiz ? renderQuiz(quiz.title, questionsOf(quiz.id), capsule.id, round.showAnswers, language, t, text, badge) : '';
      const content = renderCapsuleHtml(capsule.content, { language, mediaById, blockPaths: true, mediaHtml: input.mediaHtml });
      return `<article class="rv-capsule spoc-capsule" id="capsule-${capsule.id}" data-capsule-id="${capsule.id}" data-capsule-title="${text(capsule.title)}">
<header class="rv-capsule__head"><p class="spoc-eyebrow">${t('capsuleMeta', { kind: packText(language, `kind_${capsule.kind}`), duration: duration(minutesOf(capsule)) })}</p><h3>${text(capsule.title)}${badge(capsule.id)}</h3></header>
<div class="spoc-content">${content}</div>${quizHtml}</article>`;
    });
    const moduleMinutes = capsules.reduce((sum, capsule) => sum + minutesOf(capsule), 0);
    sections.push(`<section class="rv-module" id="module-${module.id}" data-module-id="${module.id}" aria-labelledby="module-title-${module.id}">
<header class="rv-module__head"><h2 id="module-title-${module.id}">${t('moduleHeading', { number, title: module.title })}${badge(module.id)}</h2>
<p class="rv-meta">${t('moduleMeta', { week: module.week, duration: duration(moduleMinutes) })}</p>${module.summary.trim() ? `<p>${text(module.summary)}</p>` : ''}<div class="rv-signoff" data-signoff-for="${module.id}"></div></header>
${capsuleHtml.join('\n')}</section>`);
  }
  sections.push(`<section class="rv-note" id="rv-note"><h2>${t('noteTitle')}</h2><p class="rv-meta">${t('noteHelp')}</p><div data-rv-note></div></section>`);

  const toc = [
    changes ? `<li><a href="#rv-changes">${t('changesTitle', { round: input.previous?.number ?? 0 })}</a></li>` : '',
    input.earlierComments.length ? `<li><a href="#rv-earlier">${t('earlierTitle')}</a></li>` : '',
    `<li><a href="#rv-framing">${t('framingTitle')}</a></li>`,
    `<li><a href="#rv-objectives">${t('objectivesTitle')}</a></li>`,
    `<li><a href="#rv-plan">${t('planTitle')}</a></li>`,
    ...modules.map(
      (module) =>
        `<li><a href="#module-${module.id}">${t('moduleHeading', { number: allModules.indexOf(module) + 1, title: module.title })}</a><ol>${capsulesOf(module.id)
          .map((capsule) => `<li><a href="#capsule-${capsule.id}">${text(capsule.title)}</a></li>`)
          .join('')}</ol></li>`,
    ),
    `<li><a href="#rv-note">${t('noteTitle')}</a></li>`,
  ].join('');

  const deadline = round.deadline ? ` · ${t('deadline', { date: formatCalendarDate(round.deadline, language) })}` : '';
  const body = `<header class="rv-top"><div class="rv-titles"><p class="rv-client">${text(doc.course.client)}</p><h1>${text(doc.course.title)}</h1><p class="rv-round">${t('roundLine', { round: round.number, name: round.name })}${deadline}</p></div><div class="rv-actions" id="rv-actions"></div></header>
<div class="rv-layout"><nav class="rv-toc" aria-label="${t('tocLabel')}"><ol>${toc}</ol></nav><main class="rv-main" id="rv-main">
${sections.join('\n')}
</main></div>`;
  return {
    language,
    title,
    body,
    data: {
      language,
      courseId: doc.course.id,
      courseTitle: doc.course.title,
      roundId: round.id,
      roundNumber: round.number,
      storageKey: reviewStorageKey(doc.course.id, round.id),
      courseStorageKey: reviewStorageKey(doc.course.id),
      modules: modules.map((module) => ({ id: module.id, title: module.title })),
      strings: reviewPack[language],
    },
  };
}

type T = (key: string, params?: Record<string, string | number>) => string;
type Text = (value: string) => string;

function renderChanges(changes: CourseChanges, previousNumber: number, t: T, text: Text): string {
  const heading = `<h2>${t('changesTitle', { round: previousNumber })}</h2>`;
  if (changes.structure.length === 0 && changes.text.length === 0) return `<section class="rv-changes" id="rv-changes">${heading}<p>${t('changesNone')}</p></section>`;
  const structure = changes.structure
    .map(
      (change) =>
        `<li class="rv-change rv-change--${change.change}"><span class="rv-badge">${t(`change_${change.change}`)}</span> ${t(`item_${change.kind}`)} «&#8239;${text(change.title)}&#8239;»${change.moduleTitle ? ` <span class="rv-meta">(${text(change.moduleTitle)})</span>` : ''}</li>`,
    )
    .join('');
  const diffs = changes.text
    .map((change) => {
      const parts = change.parts
        .map((part) =>
          part.op === 'added'
            ? `<ins aria-label="${t('inserted')}">${text(part.text)}</ins>`
            : part.op === 'removed'
              ? `<del aria-label="${t('deleted')}">${text(part.text)}</del>`
              : text(part.text),
        )
        .join('');
      return `<li class="rv-diff"><p class="rv-diff__title">${t(`item_${change.kind}`)} «&#8239;${text(change.title)}&#8239;»</p><p class="rv-diff__text">${parts}</p></li>`;
    })
    .join('');
  return `<section class="rv-changes" id="rv-changes">${heading}${structure ? `<ul class="rv-change-list">${structure}</ul>` : ''}${diffs ? `<h3>${t('textChanges')}</h3><ul class="rv-diff-list">${diffs}</ul>` : ''}</section>`;
}

function renderEarlier(comments: EarlierComment[], t: T, text: Text): string {
  const items = comments
    .map(
      (comment) => `<li class="rv-earlier rv-earlier--${comment.status}"><p class="rv-meta">${t('earlierRound', { round: comment.roundNumber, reviewer: comment.reviewer })} · ${text(comment.where)} <span class="rv-status rv-status--${comment.status}">${t(`status_${comment.status}`)}</span></p>
${comment.quote ? `<blockquote>${t('quoted', { text: comment.quote })}</blockquote>` : ''}<p class="rv-earlier__text">${text(comment.text)}</p><p class="rv-earlier__reply">${comment.reply ? t('designerReply', { text: comment.reply }) : t('noReply')}</p></li>`,
    )
    .join('');
  return `<section class="rv-earlier-list" id="rv-earlier"><h2>${t('earlierTitle')}</h2><ul>${items}</ul></section>`;
}

function renderFraming(doc: CourseDocument, language: Language, t: T, text: Text): string {
  const { course } = doc;
  const rows: [string, string][] = [
    [t('client'), text(course.client)],
    [t('audience'), text(course.audience)],
    [t('audienceLevel'), text(course.audienceLevel)],
    [t('learnerCount'), String(course.learnerCount)],
    [t('businessProblem'), text(course.businessProblem)],
    [t('weeklyBudget'), formatDuration(course.weeklyBudgetMinutes, language)],
    [t('durationWeeks'), t('weeks', { count: course.durationWeeks })],
    [t('targetLms'), text(course.targetLms)],
  ];
  const facts = rows.filter(([, value]) => value.trim() !== '').map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('');
  const competencies = course.competencies.length ? `<h3>${t('competencies')}</h3><ul>${course.competencies.map((item) => `<li>${text(item)}</li>`).join('')}</ul>` : '';
  return `<section class="rv-framing" id="rv-framing"><h2>${t('framingTitle')}</h2><dl class="rv-facts">${facts}</dl>${competencies}</section>`;
}

function renderObjectives(doc: CourseDocument, modules: CourseDocument['modules'], allModules: CourseDocument['modules'], t: T, text: Text): string {
  const shown = new Set(modules.map((module) => module.id));
  const rows = alignmentMatrix({ ...doc, modules }).filter((row) => row.objective.moduleId === null || shown.has(row.objective.moduleId));
  const head = modules.map((module) => `<th scope="col">M${allModules.indexOf(module) + 1}</th>`).join('');
  const body = rows
    .map((row) => {
      const bloom = row.objective.bloomLevel ? ` <span class="rv-meta">(${t(`bloom_${row.objective.bloomLevel}`)})</span>` : '';
      const cells = row.cells
        .map((cell) => {
          const marks = [cell.capsuleIds.length ? `<abbr title="${t('taughtLong')}">${t('taught')}</abbr>` : '', cell.questionIds.length ? `<abbr title="${t('assessedLong')}">${t('assessed')}</abbr>` : ''].filter(Boolean).join(' ');
          return `<td>${marks}</td>`;
        })
        .join('');
      const flag = row.status === 'aligned' ? '' : ` <span class="rv-badge rv-badge--warning">${t('notAligned')}</span>`;
      return `<tr><th scope="row"><strong>${text(row.objective.code)}</strong> ${text(row.objective.text)}${bloom}${flag}</th>${cells}</tr>`;
    })
    .join('');
  return `<section class="rv-objectives" id="rv-objectives"><h2>${t('objectivesTitle')}</h2><div class="spoc-table-wrap"><table class="rv-matrix"><caption>${t('matrixCaption')}</caption><thead><tr><th scope="col">${t('objective')}</th>${head}</tr></thead><tbody>${body}</tbody></table></div></section>`;
}

function renderPlan(doc: CourseDocument, modules: CourseDocument['modules'], language: Language, t: T, text: Text): string {
  const shown = new Set(modules.map((module) => module.id));
  const board = computePacingBoard(doc);
  const rows = board.weeks
    .map((week) => {
      const capsules = week.capsules.filter((capsule) => shown.has(capsule.moduleId));
      const contents = capsules.map((capsule) => `<li>${text(capsule.title)} <span class="rv-meta">${formatDuration(capsule.minutes, language)}</span></li>`).join('');
      const sessions = week.liveSessions.map((session) => `<li>${text(session.title)} <span class="rv-meta">${formatDuration(session.durationMinutes, language)}</span></li>`).join('');
      const over = week.level === 'over' || week.level === 'far-over';
      const budget = week.budgetMinutes > 0 ? t('workloadOf', { minutes: formatDuration(week.minutes, language), budget: formatDuration(week.budgetMinutes, language) }) : formatDuration(week.minutes, language);
      const meter = week.budgetMinutes > 0 ? `<meter min="0" max="${week.budgetMinutes * 1.5}" low="${week.budgetMinutes}" high="${week.budgetMinutes * 1.2}" optimum="0" value="${Math.round(week.minutes)}"></meter>` : '';
      return `<tr class="${over ? 'is-over' : ''}"><th scope="row">${t('week', { week: week.week })}${week.plan.theme ? `<br><span class="rv-meta">${text(week.plan.theme)}</span>` : ''}</th><td>${contents ? `<ul>${contents}</ul>` : ''}${sessions ? `<p class="rv-meta">${t('liveSessions')}</p><ul>${sessions}</ul>` : ''}</td><td>${meter} ${budget}${over ? ` <span class="rv-badge rv-badge--warning">${t('overBudget')}</span>` : ''}</td></tr>`;
    })
    .join('');
  return `<section class="rv-plan" id="rv-plan"><h2>${t('planTitle')}</h2><div class="spoc-table-wrap"><table class="rv-plan-table"><thead><tr><th scope="col">${t('week', { week: '' }).trim()}</th><th scope="col">${t('contents')}</th><th scope="col">${t('workload')}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function renderQuiz(title: string, questions: Question[], capsuleId: string, showAnswers: boolean, language: Language, t: T, text: Text, badge: (id: string) => string): string {
  const items = questions
    .map((question) => {
      const attrs = `data-question-id="${question.id}" data-capsule-id="${capsuleId}"`;
      const answers = renderAnswers(question, capsuleId, showAnswers, language, t, text);
      const feedback =
        showAnswers && (question.feedbackCorrect || question.feedbackIncorrect)
          ? `<ul class="rv-feedback">${question.feedbackCorrect ? `<li>${t('feedbackCorrect', { text: question.feedbackCorrect })}</li>` : ''}${question.feedbackIncorrect ? `<li>${t('feedbackIncorrect', { text: question.feedbackIncorrect })}</li>` : ''}</ul>`
          : '';
      return `<li class="rv-question" ${attrs}><p class="rv-question__prompt">${text(question.prompt)}${badge(question.id)}</p>${answers}${feedback}</li>`;
    })
    .join('');
  return `<section class="rv-quiz spoc-quiz"><h4>${title.trim() ? text(title) : t('quiz')}</h4>${showAnswers ? '' : `<p class="rv-meta">${t('answersHidden')}</p>`}<ol class="rv-questions">${items}</ol></section>`;
}

function renderAnswers(question: Question, capsuleId: string, showAnswers: boolean, language: Language, t: T, text: Text): string {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      return `<ul class="rv-options">${question.options
        .map((option) => {
          const mark = showAnswers ? `<span class="rv-mark ${option.correct ? 'is-correct' : 'is-incorrect'}" role="img" aria-label="${t(option.correct ? 'correct' : 'incorrect')}">${option.correct ? '✓' : '✗'}</span> ` : '';
          const feedback = showAnswers && option.feedback ? `<span class="rv-option__feedback">${t('optionFeedback', { text: option.feedback })}</span>` : '';
          return `<li class="rv-option" data-option-id="${option.id}" data-question-id="${question.id}" data-capsule-id="${capsuleId}"><span class="rv-option__text">${mark}${text(option.text)}</span>${feedback}</li>`;
        })
        .join('')}</ul>`;
    case 'true-false':
      return showAnswers ? `<p>${t('trueFalseAnswer', { answer: packText(language, question.answer ? 'true' : 'false') })}</p>` : '';
    case 'fill-in':
      return showAnswers ? `<p>${t('acceptedAnswers', { answers: question.acceptedAnswers.join(' / ') })}</p>` : '';
    case 'cloze': {
      // The text as the learner reads it; with answers shown, each blank holds what it accepts.
      const { parts, blanks } = parseCloze(question.text);
      const sentence = parts.map((part) => ('text' in part ? text(part.text) : `<span class="rv-blank">${showAnswers ? text((blanks[part.blank] ?? []).join(' / ')) : '______'}</span>`)).join('');
      return `<p class="rv-cloze">${sentence}</p>`;
    }
    case 'numeric':
      return showAnswers ? `<p>${t('numericAnswer', { answer: question.answer, tolerance: question.tolerance })}</p>` : '';
    case 'ordering':
      return showAnswers ? `<p class="rv-meta">${t('orderingAnswer')}</p><ol>${question.items.map((item) => `<li>${text(item.text)}</li>`).join('')}</ol>` : `<ul>${question.items.map((item) => `<li>${text(item.text)}</li>`).join('')}</ul>`;
    case 'matching':
      return showAnswers
        ? `<p class="rv-meta">${t('matchingAnswer')}</p><ul>${question.pairs.map((pair) => `<li>${text(pair.left)} → ${text(pair.right)}</li>`).join('')}</ul>`
        : `<ul>${question.pairs.map((pair) => `<li>${text(pair.left)}</li>`).join('')}</ul>`;
  }
}


