import type { Cohort } from '../model/course';
import type { CourseDocument } from '../model/courseDocument';
import { pacing } from '../i18n/pacing';
import { addDays } from './addDays';
import { computeCohortSchedule } from './computeCohortSchedule';
import { computePacingBoard } from './computePacingBoard';
import { formatDuration } from './formatDuration';
import { formatMessage } from '../i18n/formatMessage';
import { LIVE_SESSION_KIND_KEY } from './liveSessionKindKey';

const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11) and drops control characters calendars reject. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** 20260105T130000Z */
function icsInstant(isoInstant: string): string {
  return isoInstant.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** 20260105 */
function icsDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

export interface CalendarOptions {
  /** DTSTAMP of every event (ISO instant); passed in so the same course gives the same file. */
  generatedAt: string;
}

/**
 * An iCalendar file (RFC 5545) with a cohort's live sessions (timed, in UTC), each week's
 * deadline (all-day) and the tutor's time of each week (an all-day event over the week), in the course's language. Opens in Outlook, Google Calendar and Thunderbird.
 */
export function buildCohortCalendar(doc: CourseDocument, cohort: Cohort, options: CalendarOptions): string {
  const messages = pacing[doc.course.language];
  const schedule = computeCohortSchedule(doc, cohort);
  const board = computePacingBoard(doc);
  const stamp = icsInstant(new Date(options.generatedAt).toISOString());
  const uidSuffix = `${cohort.id}@spoc-studio`;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//SPOC Studio//Pacing//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(`${doc.course.title} · ${cohort.name}`)}`,
    `X-WR-TIMEZONE:${escapeIcsText(cohort.timeZone)}`,
  ];

  for (const scheduled of schedule.sessions) {
    const { session } = scheduled;
    const kind = messages[LIVE_SESSION_KIND_KEY[session.kind]];
    const description = [formatMessage(messages, doc.course.language, 'icsSessionKind', { kind, duration: formatDuration(session.durationMinutes, doc.course.language) })];
    if (scheduled.slotCount > 1 && session.capacity !== null) {
      description.push(formatMessage(messages, doc.course.language, 'programmeSlots', { count: scheduled.slotCount, capacity: session.capacity }));
    }
    if (session.notes.trim()) description.push(session.notes.trim());
    lines.push(
      'BEGIN:VEVENT',
      `UID:session-${session.id}-${uidSuffix}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsInstant(scheduled.startsAt)}`,
      `DTEND:${icsInstant(scheduled.endsAt)}`,
      `SUMMARY:${escapeIcsText(formatMessage(messages, doc.course.language, 'icsSessionSummary', { course: doc.course.title, title: session.title }))}`,
      `DESCRIPTION:${escapeIcsText(description.join('\n'))}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }

  for (const week of schedule.weeks) {
    const summary = formatMessage(messages, doc.course.language, 'icsDeadlineSummary', { course: doc.course.title, week: week.week });
    lines.push(
      'BEGIN:VEVENT',
      `UID:due-week-${week.week}-${uidSuffix}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(week.dueOn)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(week.dueOn, 1))}`,
      `SUMMARY:${escapeIcsText(summary)}`,
      ...(week.theme.trim() ? [`DESCRIPTION:${escapeIcsText(formatMessage(messages, doc.course.language, 'icsWeekTheme', { theme: week.theme.trim() }))}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }

  for (const week of schedule.weeks) {
    const tutorMinutes = board.weeks[week.week - 1]?.tutorMinutes ?? 0;
    if (tutorMinutes <= 0) continue;
    const duration = formatDuration(tutorMinutes, doc.course.language);
    lines.push(
      'BEGIN:VEVENT',
      `UID:tutor-week-${week.week}-${uidSuffix}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(week.opensOn)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(week.closesOn, 1))}`,
      `SUMMARY:${escapeIcsText(formatMessage(messages, doc.course.language, 'icsTutorSummary', { course: doc.course.title, week: week.week, duration }))}`,
      `DESCRIPTION:${escapeIcsText(formatMessage(messages, doc.course.language, 'icsTutorDescription', { duration }))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }

  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
