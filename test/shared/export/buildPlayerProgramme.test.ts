import { describe, expect, it } from 'vitest';
import { buildPackagePlan, type PlannedPackage } from '../../../shared/export/buildPackagePlan';
import { checkExport } from '../../../shared/export/checkExport';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../../shared/export/exportOptions';
import type { PlayerData } from '../../../shared/export/playerData';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import { addLiveSession, buildCohort } from '../pacing/buildTestCourse';
import { exportCourseFixture, fixturePlayerAssets, idOf } from './exportCourseFixture';

const plan = (doc: CourseDocument, options: ExportOptionsInput) => buildPackagePlan(doc, ExportOptionsSchema.parse(options), fixturePlayerAssets);
const courseDataOf = (pkg: PlannedPackage, sco = 1): string => {
  const file = pkg.files.find((entry) => entry.path === `sco-${sco}/course-data.js`);
  if (!file || file.kind !== 'text') throw new Error('no course-data.js');
  return file.content;
};
const playerDataOf = (pkg: PlannedPackage, sco = 1): PlayerData => {
  const window: { SPOC_DATA?: PlayerData } = {};
  new Function('window', courseDataOf(pkg, sco))(window);
  return window.SPOC_DATA!;
};

/** Two weeks from Monday 30 March 2026, Easter Monday (6 April) off, a virtual class on week 2's first day. */
function courseWithCohort() {
  const doc = exportCourseFixture();
  doc.course.tutorMinutesPerWeek = 60;
  doc.weeks.push({ week: 1, theme: 'Se positionner', dueDayOffset: 4, tutorNotes: 'interne', tutorMinutes: null }, { week: 2, theme: 'Déléguer', dueDayOffset: 4, tutorNotes: '', tutorMinutes: 30 });
  addLiveSession(doc, { week: 2, dayOffset: 0, title: 'Classe <virtuelle>', startTime: '14:00', durationMinutes: 90 });
  const cohort = buildCohort({ id: idOf(500), name: 'Printemps 2026', startDate: '2026-03-30', holidays: ['2026-04-06'] });
  doc.cohorts.push(cohort);
  return { doc, cohort };
}

describe('player data programme', () => {
  it('carries the cohort’s weeks with real dates past holidays, workload and live sessions', () => {
    const { doc, cohort } = courseWithCohort();
    const programme = playerDataOf(plan(doc, { version: '1.2', mode: 'course', programmeCohortId: cohort.id }).packages[0]!).programme;
    expect(programme).toEqual({
      cohortName: 'Printemps 2026',
      timeZone: 'Europe/Paris',
      weeks: [
        { week: 1, theme: 'Se positionner', opensOn: '2026-03-30', closesOn: '2026-04-06', dueOn: '2026-04-03', minutes: expect.any(Number), tutorMinutes: 60, sessions: [] },
        {
          week: 2,
          theme: 'Déléguer',
          opensOn: '2026-04-07',
          closesOn: '2026-04-12',
          dueOn: '2026-04-10',
          minutes: expect.any(Number),
          tutorMinutes: 30,
          // 14:00 in Paris in April (UTC+2) is 12:00 UTC.
          sessions: [{ title: 'Classe <virtuelle>', kindLabel: 'Classe virtuelle', date: '2026-04-07', startsAt: '2026-04-07T12:00:00.000Z', endsAt: '2026-04-07T13:30:00.000Z' }],
        },
      ],
    });
    expect(programme!.weeks.every((week) => week.minutes > 0)).toBe(true);
    expect(JSON.stringify(programme)).not.toContain('interne');
  });

  it('gives every SCO the programme in one-SCO-per-module exports', () => {
    const { doc, cohort } = courseWithCohort();
    const pkg = plan(doc, { version: '2004-4th', mode: 'module-scos', programmeCohortId: cohort.id }).packages[0]!;
    expect(playerDataOf(pkg, 1).programme?.weeks).toHaveLength(2);
    expect(playerDataOf(pkg, 2).programme?.weeks).toHaveLength(2);
  });

  it('leaves exports without the option byte-identical, whatever cohorts the course has', () => {
    const { doc } = courseWithCohort();
    const without = plan(exportCourseFixture(), { version: '1.2', mode: 'course' });
    const withCohorts = plan(doc, { version: '1.2', mode: 'course' });
    expect(plan(doc, { version: '1.2', mode: 'course', programmeCohortId: null })).toEqual(withCohorts);
    expect(courseDataOf(withCohorts.packages[0]!)).not.toContain('programme');
    expect(courseDataOf(withCohorts.packages[0]!)).toBe(courseDataOf(without.packages[0]!));
  });

  it('refuses an unknown cohort, naming it', () => {
    const { doc } = courseWithCohort();
    const unknown = idOf(777);
    const notices = checkExport(doc, ExportOptionsSchema.parse({ version: '1.2', mode: 'course', programmeCohortId: unknown }));
    const error = notices.find((notice) => notice.key === 'programmeCohortUnknown');
    expect(error?.severity).toBe('error');
    expect(error?.message).toContain(unknown);
    expect(() => plan(doc, { version: '1.2', mode: 'course', programmeCohortId: unknown })).toThrow(unknown);
  });

  it('rejects a cohort id that is not an id', () => {
    expect(ExportOptionsSchema.safeParse({ version: '1.2', mode: 'course', programmeCohortId: 'Printemps' }).success).toBe(false);
  });
});
