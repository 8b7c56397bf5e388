import type { Cohort, Objective } from '../model/course';
import { byPosition } from '../model/byPosition';
import type { CourseDocument } from '../model/courseDocument';
import { pacing } from '../i18n/pacing';
import { cohortHeading } from './cohortHeading';
import { computeCohortSchedule, type ScheduledSession } from './computeCohortSchedule';
import { computePacingBoard } from './computePacingBoard';
import { escapeHtml } from '../export/markupEscapes';
import { formatCalendarDate, formatTimeInZone } from '../i18n/formatDate';
import { formatDuration } from './formatDuration';
import { formatMessage } from '../i18n/formatMessage';
import { LIVE_SESSION_KIND_KEY } from './liveSessionKindKey';

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d232b; max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.5; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
.lead { color: #44505c; margin: .1rem 0; }
h2 { font-size: 1.3rem; margin: 0; }
section.week { border-top: 3px solid #2f5d8a; padding: .75rem 0 1rem; margin-top: 1.25rem; break-inside: avoid; page-break-inside: avoid; }
.week-meta { color: #44505c; margin: .2rem 0 .6rem; }
.workload, .tutor { display: inline-block; background: #e8eef5; border-radius: .3rem; padding: .05rem .45rem; }
.tutor { background: #eaf3ea; }
h3 { font-size: 1.05rem; margin: .8rem 0 .2rem; }
h4 { font-size: .95rem; margin: .5rem 0 .1rem; color: #44505c; }
ul { margin: .2rem 0 .4rem; padding-left: 1.3rem; }
.minutes { color: #44505c; white-space: nowrap; }
.live { background: #f4f1e8; border-left: 4px solid #a0701c; padding: .4rem .75rem; margin: .5rem 0; }
@page { size: A4; margin: 16mm 14mm; }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; } section.week { margin-top: .6rem; } }
`;

type Messages = (typeof pacing)['fr'];

function sessionItem(scheduled: ScheduledSession, cohort: Cohort, messages: Messages, doc: CourseDocument): string {
  const { language } = doc.course;
  const { session } = scheduled;
  const when = formatMessage(messages, language, 'programmeSessionWhen', {
    date: formatCalendarDate(scheduled.date, language),
    start: formatTimeInZone(scheduled.startsAt, cohort.timeZone, language),
    end: formatTimeInZone(scheduled.endsAt, cohort.timeZone, language),
    timeZone: cohort.timeZone,
  });
  const kind = messages[LIVE_SESSION_KIND_KEY[session.kind]];
  const slots =
    scheduled.slotCount > 1 && session.capacity !== null
      ? `<br>${escapeHtml(formatMessage(messages, language, 'programmeSlots', { count: scheduled.slotCount, capacity: session.capacity }))}`
      : '';
  return `<li><strong>${escapeHtml(session.title)}</strong> · ${escapeHtml(kind)}, ${escapeHtml(formatDuration(session.durationMinutes, language))}<br>${escapeHtml(when)}${slots}</li>`;
}

function objectiveList(objectives: Objective[]): string {
  const items = objectives.map((objective) => {
    const code = objective.code.trim() ? `${escapeHtml(objective.code.trim())} · ` : '';
    return `<li>${code}${escapeHtml(objective.text)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/**
 * The learner-facing programme of a cohort as a standalone HTML page, in the course's language:
 * weeks with real dates, objectives, contents, workload and live sessions. It prints to A4 as is
 * (the browser's "Save as PDF" makes the PDF). Every course string is escaped.
 */
export function buildCohortProgramme(doc: CourseDocument, cohort: Cohort): string {
  const { language } = doc.course;
  const messages = pacing[language];
  const schedule = computeCohortSchedule(doc, cohort);
  const board = computePacingBoard(doc);
  const objectives = [...doc.objectives].sort(byPosition);
  const courseObjectives = objectives.filter((objective) => objective.moduleId === null);
  const modules = new Map(doc.modules.map((module) => [module.id, module]));

  const weekSections = schedule.weeks.map((week) => {
    const column = board.weeks[week.week - 1]!;
    const title = formatMessage(messages, language, 'weekHeading', { week: week.week }) + (week.theme.trim() ? ` · ${week.theme.trim()}` : '');
    const dates = formatMessage(messages, language, 'programmeWeekDates', {
      start: formatCalendarDate(week.opensOn, language),
      end: formatCalendarDate(week.closesOn, language),
    });
    const parts: string[] = [
      `<h2 id="week-${week.week}">${escapeHtml(title)}</h2>`,
      `<p class="week-meta">${escapeHtml(dates)} · <span class="workload">${escapeHtml(formatMessage(messages, language, 'programmeWorkload', { duration: formatDuration(column.minutes, language) }))}</span>${
        column.tutorMinutes > 0 ? ` · <span class="tutor">${escapeHtml(formatMessage(messages, language, 'programmeTutor', { duration: formatDuration(column.tutorMinutes, language) }))}</span>` : ''
      }</p>`,
    ];
    for (const moduleId of week.moduleIds) {
      const module = modules.get(moduleId)!;
      parts.push(`<h3>${escapeHtml(module.title)}</h3>`);
      if (module.summary.trim()) parts.push(`<p>${escapeHtml(module.summary.trim())}</p>`);
      const moduleObjectives = objectives.filter((objective) => objective.moduleId === moduleId);
      if (moduleObjectives.length > 0) {
        parts.push(`<h4>${escapeHtml(messages.programmeModuleObjectives)}</h4>`, objectiveList(moduleObjectives));
      }
    }
    if (column.capsules.length > 0) {
      const items = column.capsules.map(
        (capsule) => `<li>${escapeHtml(capsule.title)} <span class="minutes">(${escapeHtml(formatDuration(capsule.minutes, language))})</span></li>`,
      );
      parts.push(`<h4>${escapeHtml(messages.programmeContent)}</h4>`, `<ul>${items.join('')}</ul>`);
    }
    const sessions = schedule.sessions.filter((scheduled) => scheduled.session.week === week.week);
    if (sessions.length > 0) {
      parts.push(
        `<div class="live"><h4>${escapeHtml(messages.programmeLiveSessions)}</h4><ul>${sessions.map((scheduled) => sessionItem(scheduled, cohort, messages, doc)).join('')}</ul></div>`,
      );
    }
    if (column.capsules.length > 0 || sessions.length > 0) {
      parts.push(`<p><strong>${escapeHtml(formatMessage(messages, language, 'programmeDue', { date: formatCalendarDate(week.dueOn, language) }))}</strong></p>`);
    } else {
      parts.push(`<p>${escapeHtml(messages.programmeNothing)}</p>`);
    }
    return `<section class="week" aria-labelledby="week-${week.week}">${parts.join('\n')}</section>`;
  });

  const span = formatMessage(messages, language, 'programmeSpan', {
    start: formatCalendarDate(schedule.startsOn, language),
    end: formatCalendarDate(schedule.endsOn, language),
    count: schedule.weeks.length,
  });
  const header = [
    `<h1>${escapeHtml(doc.course.title)}</h1>`,
    `<p class="lead">${escapeHtml(messages.programmeTitle)} · ${escapeHtml(cohortHeading(cohort.name, (name) => formatMessage(messages, language, 'programmeCohort', { cohort: name }), language))}</p>`,
    `<p class="lead">${escapeHtml(span)}</p>`,
  ];
  if (doc.course.weeklyBudgetMinutes > 0) {
    header.push(`<p class="lead">${escapeHtml(formatMessage(messages, language, 'programmeBudget', { duration: formatDuration(doc.course.weeklyBudgetMinutes, language) }))}</p>`);
  }
  if (courseObjectives.length > 0) {
    header.push(`<h2>${escapeHtml(messages.programmeObjectives)}</h2>`, objectiveList(courseObjectives));
  }

  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`${doc.course.title} · ${cohort.name}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    ...header,
    '</header>',
    '<main>',
    ...weekSections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
