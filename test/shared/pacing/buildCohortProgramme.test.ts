import { describe, expect, it } from 'vitest';
import { buildCohortProgramme } from '../../../shared/pacing/buildCohortProgramme';
import { addCapsule, addLiveSession, addModule, addObjective, buildCohort, buildTestCourse } from './buildTestCourse';

function optimanager(language: 'fr' | 'en' = 'fr') {
  const doc = buildTestCourse({ title: 'OPTIMANAGER', language, weeklyBudgetMinutes: 60, durationWeeks: 3 });
  const role = addModule(doc, 'Le rôle du manager', 1);
  role.summary = 'Passer de collègue à manager.';
  addObjective(doc, null, 'O1', 'Conduire un entretien de recadrage');
  addObjective(doc, role, 'O1.1', 'Décrire les missions du manager');
  addCapsule(doc, role, 'Vidéo : le premier jour', 'video', 6);
  addCapsule(doc, role, 'Forum : votre prise de poste', 'activity', 20);
  doc.weeks.push({ week: 1, theme: 'Prendre son poste', dueDayOffset: 4, tutorNotes: 'Ne pas montrer aux apprenants', tutorMinutes: null });
  addLiveSession(doc, { week: 2, title: 'Classe virtuelle', dayOffset: 1, startTime: '14:00', durationMinutes: 60 });
  addLiveSession(doc, { week: 3, title: 'Coaching', kind: 'coaching', dayOffset: 2, startTime: '09:30', durationMinutes: 30, capacity: 1 });
  return doc;
}

describe('buildCohortProgramme', () => {
  it('shows each week with its real dates, workload, contents, objectives and live sessions', () => {
    const html = buildCohortProgramme(optimanager(), buildCohort({ name: 'Session de janvier', startDate: '2026-01-05', learnerCount: 15 }));

    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    // The name already says "Session": it is not labelled "Session « Session de janvier »".
    expect(html).toContain('Programme de la formation · Session de janvier<');
    expect(html).toContain('Du lundi 5 janvier 2026 au dimanche 25 janvier 2026 · 3 semaines');
    expect(html).toContain('environ 1 h par semaine');
    expect(html).toContain('<h2 id="week-1">Semaine 1 · Prendre son poste</h2>');
    expect(html).toContain('Charge de travail estimée\u00A0: 26 min');
    expect(html).toContain('O1.1 · Décrire les missions du manager');
    expect(html).toContain('O1 · Conduire un entretien de recadrage');
    expect(html).toContain('Vidéo : le premier jour <span class="minutes">(6 min)</span>');
    expect(html).toContain('Activités à terminer pour le vendredi 9 janvier 2026.');
    expect(html).toContain('mardi 13 janvier 2026, 14:00–15:00 (heure de Europe/Paris)');
    expect(html).toContain('15 séances, une par groupe de 1 au plus');
    expect(html).not.toContain('Ne pas montrer aux apprenants');
  });

  it('tells the learners the tutor’s time of each week, the week’s own first, and nothing for a week without', () => {
    const doc = optimanager();
    doc.course.tutorMinutesPerWeek = 60;
    doc.weeks[0]!.tutorMinutes = 30;
    doc.weeks.push({ week: 3, theme: '', dueDayOffset: 4, tutorNotes: '', tutorMinutes: 0 });
    const weeks = buildCohortProgramme(doc, buildCohort({ startDate: '2026-01-05' })).split('<section class="week"').slice(1);
    expect(weeks.map((week) => /<span class="tutor">([^<]*)<\/span>/.exec(week)?.[1] ?? null)).toEqual(['Tutorat\u202f: 30 min', 'Tutorat\u202f: 1 h', null]);
  });

  it('is written in English for an English course', () => {
    const html = buildCohortProgramme(optimanager('en'), buildCohort({ startDate: '2026-01-05' }));

    expect(html).toContain('<html lang="en">');
    expect(html).toContain('From Monday, 5 January 2026 to Sunday, 25 January 2026 · 3 weeks');
    expect(html).toContain('Activities to complete by Friday, 9 January 2026.');
    expect(html).not.toContain('Semaine');
  });

  it('escapes every course string so a title cannot inject markup', () => {
    const doc = optimanager();
    doc.course.title = '<script>alert(1)</script>';
    doc.modules[0]!.title = '<img src=x onerror=alert(1)>';
    doc.liveSessions[0]!.title = 'Q&A "live"';
    const html = buildCohortProgramme(doc, buildCohort({ name: "</title><script>x()</script>" }));

    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Q&amp;A &quot;live&quot;');
  });

  it('forbids scripts and remote loads in the page and prints on A4', () => {
    const html = buildCohortProgramme(optimanager(), buildCohort());

    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('@page { size: A4;');
  });
});
