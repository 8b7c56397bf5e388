import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCohortCalendar, escapeIcsText, foldIcsLine } from '../../../shared/pacing/buildCohortCalendar';
import { addLiveSession, addModule, buildCohort, buildTestCourse } from './buildTestCourse';

const GENERATED_AT = '2026-01-01T08:00:00.000Z';

function octets(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function parseEvents(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

function optimanager() {
  const doc = buildTestCourse({ title: 'OPTIMANAGER, saison 2; « managers »', durationWeeks: 4 });
  addModule(doc, 'Le rôle du manager', 1);
  doc.weeks.push({ week: 1, theme: 'Rôle; posture, \\ enjeux', dueDayOffset: 4, tutorNotes: '', tutorMinutes: null });
  addLiveSession(doc, {
    week: 3,
    title: 'Classe virtuelle : conduire un briefing, jeu de rôle',
    dayOffset: 1,
    startTime: '14:00',
    durationMinutes: 90,
    notes: 'Lien Teams envoyé la veille.\nPréparez votre cas.',
  });
  addLiveSession(doc, { week: 4, title: 'Coaching individuel', kind: 'coaching', dayOffset: 2, startTime: '09:30', durationMinutes: 30, capacity: 1 });
  return doc;
}

describe('buildCohortCalendar', () => {
  it('is read back by an independent parser with every session at its real instant', () => {
    const doc = optimanager();
    const cohort = buildCohort({ startDate: '2026-03-16', timeZone: 'Europe/Paris', learnerCount: 15 });
    const events = parseEvents(buildCohortCalendar(doc, cohort, { generatedAt: GENERATED_AT }));

    const sessions = events.filter((event) => !event.startDate.isDate);
    expect(sessions).toHaveLength(2);
    const [briefing, coaching] = sessions;
    expect(briefing!.summary).toBe('OPTIMANAGER, saison 2; « managers » · Classe virtuelle : conduire un briefing, jeu de rôle');
    // Week 3 opens 2026-03-30, after the switch to summer time: 14:00 in Paris is 12:00 UTC.
    expect(briefing!.startDate.toJSDate().toISOString()).toBe('2026-03-31T12:00:00.000Z');
    expect(briefing!.endDate.toJSDate().toISOString()).toBe('2026-03-31T13:30:00.000Z');
    expect(briefing!.description).toContain('Lien Teams envoyé la veille.\nPréparez votre cas.');
    expect(coaching!.startDate.toJSDate().toISOString()).toBe('2026-04-08T07:30:00.000Z');
    expect(coaching!.description).toContain('15 séances, une par groupe de 1 au plus');
  });

  it('shows the tutor’s time of each week over the week: the week’s own on the board, else the framing’s', () => {
    const doc = optimanager();
    doc.course.tutorMinutesPerWeek = 60;
    doc.weeks[0]!.tutorMinutes = 0;
    doc.weeks.push({ week: 3, theme: '', dueDayOffset: 4, tutorNotes: '', tutorMinutes: 90 });
    const events = parseEvents(buildCohortCalendar(doc, buildCohort({ startDate: '2026-01-05' }), { generatedAt: GENERATED_AT }));

    const tutor = events.filter((event) => event.uid.startsWith('tutor-week-'));
    expect(tutor.map((event) => event.summary)).toEqual([
      'OPTIMANAGER, saison 2; « managers » · Semaine 2\u202f: tutorat (1 h)',
      'OPTIMANAGER, saison 2; « managers » · Semaine 3\u202f: tutorat (1 h 30)',
      'OPTIMANAGER, saison 2; « managers » · Semaine 4\u202f: tutorat (1 h)',
    ]);
    expect(tutor.map((event) => [event.startDate.toString(), event.endDate.toString()])).toEqual([
      ['2026-01-12', '2026-01-19'],
      ['2026-01-19', '2026-01-26'],
      ['2026-01-26', '2026-02-02'],
    ]);
    expect(tutor[1]!.description).toBe('Votre tuteur vous accompagne 1 h 30 cette semaine (forum, messages, présence en ligne).');
    expect(tutor.every((event) => event.component.getFirstPropertyValue('transp') === 'TRANSPARENT')).toBe(true);
  });

  it('adds one all-day deadline per week, in the course’s language', () => {
    const doc = optimanager();
    const events = parseEvents(buildCohortCalendar(doc, buildCohort({ startDate: '2026-01-05' }), { generatedAt: GENERATED_AT }));

    const deadlines = events.filter((event) => event.startDate.isDate);
    expect(deadlines.map((event) => event.startDate.toString())).toEqual(['2026-01-09', '2026-01-18', '2026-01-25', '2026-02-01']);
    expect(deadlines.map((event) => event.endDate.toString())).toEqual(['2026-01-10', '2026-01-19', '2026-01-26', '2026-02-02']);
    expect(deadlines[0]!.summary).toBe('OPTIMANAGER, saison 2; « managers » · Semaine 1\u00A0: activités à terminer');
    expect(deadlines[0]!.description).toBe('Thème\u00A0: Rôle; posture, \\ enjeux');

    doc.course.language = 'en';
    const english = parseEvents(buildCohortCalendar(doc, buildCohort({ startDate: '2026-01-05' }), { generatedAt: GENERATED_AT }));
    expect(english.find((event) => event.startDate.isDate)!.summary).toContain('Week 1: activities due');
  });

  it('writes CRLF lines of at most 75 octets and unique stable UIDs', () => {
    const doc = optimanager();
    doc.liveSessions[0]!.title = 'Échange «\u00a0retour d’expérience\u00a0» — 😀 '.repeat(8).trim();
    const cohort = buildCohort();
    const ics = buildCohortCalendar(doc, cohort, { generatedAt: GENERATED_AT });

    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(parseEvents(ics)[0]!.summary).toBe(`OPTIMANAGER, saison 2; « managers » · ${doc.liveSessions[0]!.title}`);

    const uids = parseEvents(ics).map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(buildCohortCalendar(doc, cohort, { generatedAt: GENERATED_AT })).toBe(ics);
  });

  it('declares the calendar properties calendar apps require', () => {
    const ics = buildCohortCalendar(optimanager(), buildCohort(), { generatedAt: GENERATED_AT });
    const calendar = new ICAL.Component(ICAL.parse(ics));

    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//SPOC Studio//Pacing//EN');
    for (const event of calendar.getAllSubcomponents('vevent')) {
      expect(event.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-01-01T08:00:00Z');
      expect(event.getFirstPropertyValue('uid')).toMatch(/@spoc-studio$/);
    }
  });
});

describe('foldIcsLine', () => {
  it('leaves short lines alone and never splits a multi-byte character', () => {
    expect(foldIcsLine('SUMMARY:court')).toBe('SUMMARY:court');
    const folded = foldIcsLine(`SUMMARY:${'é'.repeat(100)}`);
    const pieces = folded.split('\r\n ');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(`SUMMARY:${'é'.repeat(100)}`);
    for (const piece of pieces) expect(piece).not.toContain('\ufffd');
    expect(octets(pieces[0]!)).toBeLessThanOrEqual(75);
  });
});

describe('escapeIcsText', () => {
  it('escapes backslashes, separators and newlines and drops control characters', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf\u0007g')).toBe('a\\\\b\\;c\\,d\\ne\\nfg');
  });
});
