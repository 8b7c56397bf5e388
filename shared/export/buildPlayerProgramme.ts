import type { Cohort } from '../model/course';
import type { CourseDocument } from '../model/courseDocument';
import { pacing } from '../i18n/pacing';
import { computeCohortSchedule } from '../pacing/computeCohortSchedule';
import { computePacingBoard } from '../pacing/computePacingBoard';
import { LIVE_SESSION_KIND_KEY } from '../pacing/liveSessionKindKey';
import type { PlayerProgramme } from './playerData';

/** The cohort's weeks and live sessions with their real dates, as the player shows them. */
export function buildPlayerProgramme(doc: CourseDocument, cohort: Cohort): PlayerProgramme {
  const schedule = computeCohortSchedule(doc, cohort);
  const board = computePacingBoard(doc);
  const messages = pacing[doc.course.language];
  return {
    cohortName: cohort.name,
    timeZone: cohort.timeZone,
    weeks: schedule.weeks.map((week) => ({
      week: week.week,
      theme: week.theme.trim(),
      opensOn: week.opensOn,
      closesOn: week.closesOn,
      dueOn: week.dueOn,
      minutes: board.weeks[week.week - 1]?.minutes ?? 0,
      tutorMinutes: board.weeks[week.week - 1]?.tutorMinutes ?? 0,
      sessions: schedule.sessions
        .filter((scheduled) => scheduled.session.week === week.week)
        .map((scheduled) => ({
          title: scheduled.session.title,
          kindLabel: messages[LIVE_SESSION_KIND_KEY[scheduled.session.kind]],
          date: scheduled.date,
          startsAt: scheduled.startsAt,
          endsAt: scheduled.endsAt,
        })),
    })),
  };
}
