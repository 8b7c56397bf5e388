import ICAL from 'ical.js';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS } from '../../../../shared/checks/checkSettings';
import { computePacingBoard } from '../../../../shared/pacing/computePacingBoard';
import { createServices } from '../../../../electron/services/createServices';
import type { PlaceChooser } from '../../../../electron/services/serviceOptions';
import { createTestServices } from '../serviceHarness';

const NO_SUCH_ID = '01900000-0000-7000-8000-000000000000';

describe('pacing service', () => {
  let harness: ReturnType<typeof createTestServices>;

  beforeEach(async () => {
    harness = createTestServices();
    await harness.api.createProject({ title: 'OPTIMANAGER', language: 'fr', template: 'four-weekly-modules' });
  });
  afterEach(() => harness.cleanup());

  const board = async () => computePacingBoard(await harness.api.getCourseDocument({}));

  describe('week plans', () => {
    it('creates a week plan on first edit and keeps later edits', async () => {
      await harness.api.updateWeekPlan({ week: 2, patch: { theme: 'Communiquer efficacement' } });
      const plan = await harness.api.updateWeekPlan({ week: 2, patch: { dueDayOffset: 4, tutorNotes: 'Relancer les absents' } });

      expect(plan).toEqual({ week: 2, theme: 'Communiquer efficacement', dueDayOffset: 4, tutorNotes: 'Relancer les absents', tutorMinutes: null });
      expect((await harness.api.getCourseDocument({})).weeks).toEqual([plan]);
    });

    it('keeps a week’s own tutor time across other edits, and goes back to the framing’s when cleared', async () => {
      await harness.api.updateCourse({ patch: { tutorMinutesPerWeek: 60 } });
      await harness.api.updateWeekPlan({ week: 3, patch: { tutorMinutes: 90 } });
      await harness.api.updateWeekPlan({ week: 3, patch: { theme: 'Classe virtuelle' } });
      await harness.api.updateCourse({ patch: { title: 'OPTIMANAGER 2' } });
      let doc = await harness.api.getCourseDocument({});
      expect(doc.course.tutorMinutesPerWeek).toBe(60);
      expect(doc.weeks.find((week) => week.week === 3)?.tutorMinutes).toBe(90);
      await harness.api.updateWeekPlan({ week: 3, patch: { tutorMinutes: null } });
      doc = await harness.api.getCourseDocument({});
      expect(doc.weeks.find((week) => week.week === 3)?.tutorMinutes).toBeNull();
      await expect(harness.api.updateWeekPlan({ week: 3, patch: { tutorMinutes: -5 } })).rejects.toMatchObject({ code: 'invalid-input' });
    });

    it('refuses a due day outside the week and keeps the plan as it was', async () => {
      await harness.api.updateWeekPlan({ week: 1, patch: { dueDayOffset: 3 } });
      await expect(harness.api.updateWeekPlan({ week: 1, patch: { dueDayOffset: 9 } })).rejects.toMatchObject({ code: 'invalid-input' });
      expect((await harness.api.getCourseDocument({})).weeks[0]!.dueDayOffset).toBe(3);
    });
  });

  describe('moving capsules between weeks', () => {
    it('moves a capsule to another week and the workload follows', async () => {
      const before = await board();
      const capsule = before.weeks[0]!.capsules[0]!;

      const moved = await harness.api.moveCapsuleToWeek({ id: capsule.id, week: 3 });
      const after = await board();

      expect(moved.weekOverride).toBe(3);
      expect(after.weeks[0]!.minutes).toBeCloseTo(before.weeks[0]!.minutes - capsule.minutes, 5);
      expect(after.weeks[2]!.minutes).toBeCloseTo(before.weeks[2]!.minutes + capsule.minutes, 5);
      expect(after.weeks[2]!.capsules.some((item) => item.id === capsule.id && item.moved)).toBe(true);
    });

    it('clears the override when a capsule goes back to its module’s week', async () => {
      const capsule = (await board()).weeks[0]!.capsules[0]!;
      await harness.api.moveCapsuleToWeek({ id: capsule.id, week: 2 });

      expect((await harness.api.moveCapsuleToWeek({ id: capsule.id, week: 1 })).weekOverride).toBeNull();
      await harness.api.moveCapsuleToWeek({ id: capsule.id, week: 4 });
      expect((await harness.api.moveCapsuleToWeek({ id: capsule.id, week: null })).weekOverride).toBeNull();
    });

    it('says which capsule is missing', async () => {
      await expect(harness.api.moveCapsuleToWeek({ id: NO_SUCH_ID, week: 2 })).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  describe('live sessions', () => {
    it('adds a coaching slot with one learner per session and edits it', async () => {
      const coaching = await harness.api.addLiveSession({ week: 3, kind: 'coaching' });
      expect(coaching).toMatchObject({ title: 'Coaching individuel', kind: 'coaching', capacity: 1, durationMinutes: 30, dayOffset: 1 });

      const moved = await harness.api.updateLiveSession({ id: coaching.id, patch: { week: 4, startTime: '09:30' } });
      expect(moved).toMatchObject({ week: 4, startTime: '09:30', capacity: 1 });
      expect((await harness.api.getCourseDocument({})).liveSessions.find((session) => session.id === coaching.id)).toEqual(moved);
    });

    it('refuses a session tied to a module that does not exist, and saves nothing', async () => {
      const count = (await harness.api.getCourseDocument({})).liveSessions.length;
      await expect(harness.api.addLiveSession({ week: 1, moduleId: NO_SUCH_ID })).rejects.toMatchObject({ code: 'not-found' });
      expect((await harness.api.getCourseDocument({})).liveSessions).toHaveLength(count);
    });

    it('deletes a session and says when it is already gone', async () => {
      const session = await harness.api.addLiveSession({ week: 2 });
      await harness.api.deleteLiveSession({ id: session.id });
      expect((await harness.api.getCourseDocument({})).liveSessions.map((item) => item.id)).not.toContain(session.id);
      await expect(harness.api.deleteLiveSession({ id: session.id })).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  describe('cohorts', () => {
    it('adds a cohort from the course framing and keeps holidays sorted and unique', async () => {
      const cohort = await harness.api.addCohort({ startDate: '2026-01-05' });
      expect(cohort).toMatchObject({ name: 'Session 1', learnerCount: 15, timeZone: 'Europe/Paris', holidays: [] });

      const updated = await harness.api.updateCohort({ id: cohort.id, patch: { holidays: ['2026-01-19', '2026-01-12', '2026-01-19'] } });
      expect(updated.holidays).toEqual(['2026-01-12', '2026-01-19']);
      expect((await harness.api.addCohort({ startDate: '2026-03-02' })).name).toBe('Session 2');
    });

    it('refuses an unknown time zone and keeps the cohort unchanged', async () => {
      const cohort = await harness.api.addCohort({ startDate: '2026-01-05', timeZone: 'America/Toronto' });
      await expect(harness.api.updateCohort({ id: cohort.id, patch: { timeZone: 'Europe/Lutece' } })).rejects.toThrow(/Unknown time zone "Europe\/Lutece"/);
      expect((await harness.api.getCourseDocument({})).cohorts[0]!.timeZone).toBe('America/Toronto');
      await expect(harness.api.addCohort({ timeZone: 'Nowhere' })).rejects.toMatchObject({ code: 'invalid-input' });
    });

    it('deletes a cohort', async () => {
      const cohort = await harness.api.addCohort({});
      await harness.api.deleteCohort({ id: cohort.id });
      expect((await harness.api.getCourseDocument({})).cohorts).toEqual([]);
    });
  });

  describe('cohort exports', () => {
    it('writes the cohort calendar as a complete .ics file', async () => {
      await harness.api.addLiveSession({ week: 2, title: 'Classe virtuelle : briefing', startTime: '14:00' });
      const cohort = await harness.api.addCohort({ name: 'Janvier', startDate: '2026-01-05' });

      const file = await harness.api.exportCohortCalendar({ cohortId: cohort.id });

      expect(file).not.toBeNull();
      expect(file!.fileName).toBe('OPTIMANAGER - Janvier.ics');
      const ics = readFileSync(file!.path, 'utf8');
      expect(file!.bytes).toBe(Buffer.byteLength(ics));
      const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
      const briefing = events.find((event) => event.summary.endsWith('Classe virtuelle : briefing'))!;
      expect(briefing.startDate.toJSDate().toISOString()).toBe('2026-01-13T13:00:00.000Z');
      expect(events.filter((event) => event.startDate.isDate)).toHaveLength(4);
      expect(readdirSync(path.dirname(file!.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    });

    it('writes the learner programme as HTML', async () => {
      const cohort = await harness.api.addCohort({ name: 'Janvier', startDate: '2026-01-05' });
      const file = await harness.api.exportCohortProgramme({ cohortId: cohort.id });

      const html = readFileSync(file!.path, 'utf8');
      expect(file!.fileName).toBe('OPTIMANAGER - Janvier.html');
      expect(html).toContain('Du lundi 5 janvier 2026 au dimanche 1 février 2026 · 4 semaines');
    });

    it('writes nothing when the user cancels the save dialog', async () => {
      const workspaceDir = path.join(harness.root, 'cancelling');
      mkdirSync(workspaceDir);
      const places: PlaceChooser = {
        chooseNewProjectPath: async (suggested) => path.join(workspaceDir, suggested),
        chooseProjectToOpen: async () => null,
        chooseExportPath: async () => null,
        chooseExportFolder: async () => null,
      };
      const api = createServices({ mode: 'desktop', workspaceDir, appDataDir: workspaceDir, resourcesDir: workspaceDir, places });
      try {
        await api.createProject({ title: 'Annulé', language: 'fr', template: 'blank' });
        const cohort = await api.addCohort({});
        const before = readdirSync(workspaceDir);

        expect(await api.exportCohortCalendar({ cohortId: cohort.id })).toBeNull();
        expect(await api.exportCohortProgramme({ cohortId: cohort.id })).toBeNull();
        expect(readdirSync(workspaceDir)).toEqual(before);
      } finally {
        api.dispose();
      }
    });

    it('says which cohort is missing', async () => {
      await expect(harness.api.exportCohortCalendar({ cohortId: NO_SUCH_ID })).rejects.toMatchObject({ code: 'not-found' });
    });
  });

  describe('checks', () => {
    it('reports findings with the course’s thresholds and keeps them in the project', async () => {
      const cohort = await harness.api.addCohort({ learnerCount: 8 });
      const report = await harness.api.getCheckReport({});
      expect(report.settings).toEqual(DEFAULT_CHECK_SETTINGS);
      expect(report.findings).toContainEqual(expect.objectContaining({ checkId: 'cohort-size', target: { kind: 'cohort', id: cohort.id } }));

      await harness.api.updateCheckSettings({ settings: { ...DEFAULT_CHECK_SETTINGS, minCohortSize: 5 } });
      const project = (await harness.api.getSession({})).project!;
      harness.restart();
      await harness.api.openProject({ path: project.path });

      expect((await harness.api.getCheckSettings({})).minCohortSize).toBe(5);
      expect((await harness.api.getCheckReport({})).findings.map((finding) => finding.checkId)).not.toContain('cohort-size');
    });

    it('follows every change at once: a write, a threshold, an undo (the report is kept only while nothing changes)', async () => {
      const cohort = await harness.api.addCohort({ learnerCount: 8 });
      const cohortSize = async () => (await harness.api.getCheckReport({})).findings.some((finding) => finding.checkId === 'cohort-size');
      expect(await cohortSize()).toBe(true);
      expect(await cohortSize()).toBe(true);

      await harness.api.updateCohort({ id: cohort.id, patch: { learnerCount: 20 } });
      expect(await cohortSize()).toBe(false);
      await harness.api.undo({});
      expect(await cohortSize()).toBe(true);
      await harness.api.updateCheckSettings({ settings: { ...DEFAULT_CHECK_SETTINGS, minCohortSize: 5 } });
      expect(await cohortSize()).toBe(false);
    });

    it('counts the findings the report lists, after each change too', async () => {
      const count = async () => (await harness.api.getCheckCount({})).count;
      expect(await count()).toBe((await harness.api.getCheckReport({})).findings.length);
      await harness.api.addCohort({ learnerCount: 8 });
      expect(await count()).toBe((await harness.api.getCheckReport({})).findings.length);
      expect((await harness.api.getCheckReport({})).findings.some((finding) => finding.checkId === 'cohort-size')).toBe(true);
      await harness.api.updateCheckSettings({ settings: { ...DEFAULT_CHECK_SETTINGS, disabledChecks: ['cohort-size'] } });
      expect(await count()).toBe((await harness.api.getCheckReport({})).findings.length);
    });

    it('refuses thresholds that contradict each other', async () => {
      await expect(
        harness.api.updateCheckSettings({ settings: { ...DEFAULT_CHECK_SETTINGS, minCohortSize: 80, maxCohortSize: 50 } }),
      ).rejects.toMatchObject({ code: 'invalid-input' });
      expect(await harness.api.getCheckSettings({})).toEqual(DEFAULT_CHECK_SETTINGS);
    });
  });
});

