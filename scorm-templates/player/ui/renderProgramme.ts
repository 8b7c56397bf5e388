import type { PlayerProgramme } from '../../../shared/export/playerData';
import type { Language } from '../../../shared/model/course';
import { formatCalendarDate, formatTimeInZone } from '../../../shared/i18n/formatDate';
import { formatDuration } from '../../../shared/pacing/formatDuration';
import { cohortHeading } from '../../../shared/pacing/cohortHeading';
import { currentProgrammeWeek } from '../state/currentProgrammeWeek';
import { el } from './createElement';
import type { Translate } from './translate';

/** The cohort's programme: one section per week with its dates, workload and live sessions; the current week marked. */
export function renderProgramme(programme: PlayerProgramme, language: Language, t: Translate, today: string): HTMLElement {
  const position = currentProgrammeWeek(programme.weeks, today);
  const date = (isoDate: string) => formatCalendarDate(isoDate, language);
  const first = programme.weeks[0];
  const last = programme.weeks[programme.weeks.length - 1];
  const status =
    position?.status === 'before' && first
      ? t('programmeStartsOn', { date: date(first.opensOn) })
      : position?.status === 'after' && last
        ? t('programmeEnded', { date: date(last.closesOn) })
        : null;
  const weeks = programme.weeks.map((week, index) => {
    const current = position?.index === index;
    const title = t('programmeWeek', { week: week.week }) + (week.theme ? ` · ${week.theme}` : '');
    const sessions = week.sessions.map((session) =>
      el(
        'li',
        {},
        el('strong', {}, session.title),
        ` · ${session.kindLabel}, `,
        t('programmeSessionWhen', {
          date: date(session.date),
          start: formatTimeInZone(session.startsAt, programme.timeZone, language),
          end: formatTimeInZone(session.endsAt, programme.timeZone, language),
          timeZone: programme.timeZone,
        }),
      ),
    );
    return el(
      'li',
      { class: `spoc-programme-week${current ? ' is-current' : ''}`, 'aria-current': current ? 'date' : null },
      el('h2', {}, title, current ? el('span', { class: 'spoc-programme-badge' }, t('programmeCurrent')) : null),
      el('p', {}, t('programmeDates', { start: date(week.opensOn), end: date(week.closesOn) })),
      el(
        'p',
        {},
        t('programmeDue', { date: date(week.dueOn) }),
        ' · ',
        t('programmeWorkload', { duration: formatDuration(week.minutes, language) }),
        week.tutorMinutes > 0 ? ` · ${t('programmeTutor', { duration: formatDuration(week.tutorMinutes, language) })}` : null,
      ),
      sessions.length ? el('ul', { class: 'spoc-programme-sessions', 'aria-label': t('programmeLiveSessions') }, ...sessions) : null,
    );
  });
  return el(
    'section',
    { class: 'spoc-programme', 'aria-labelledby': 'spoc-programme-title' },
    el('h1', { id: 'spoc-programme-title' }, t('programme')),
    el('p', { class: 'spoc-eyebrow' }, cohortHeading(programme.cohortName, (cohort) => t('programmeCohort', { cohort }), language)),
    status ? el('p', { class: 'spoc-programme-status', role: 'note' }, status) : null,
    el('ol', { class: 'spoc-programme-weeks' }, ...weeks),
  );
}
