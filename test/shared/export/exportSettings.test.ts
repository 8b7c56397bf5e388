import { describe, expect, it } from 'vitest';
import { exportSettingsOf } from '../../../shared/export/exportSettings';
import { buildCohort, buildTestCourse } from '../pacing/buildTestCourse';

describe('exportSettingsOf', () => {
  it('starts from the framing’s target until an export is remembered, then from that export', () => {
    const doc = buildTestCourse({});
    doc.course.scormVersion = '1.2';
    doc.course.packagingMode = 'module-packages';
    expect(exportSettingsOf(doc, null)).toEqual({ version: '1.2', mode: 'module-packages', lockModules: false, programmeCohortId: null, includeSource: true });
    const remembered = { version: '2004-4th', mode: 'module-scos', lockModules: true, programmeCohortId: null, includeSource: false } as const;
    expect(exportSettingsOf(doc, remembered)).toEqual(remembered);
  });

  it('forgets a remembered programme cohort that was deleted since', () => {
    const doc = buildTestCourse({});
    const cohort = buildCohort({});
    doc.cohorts.push(cohort);
    const remembered = { version: '1.2', mode: 'course', lockModules: false, programmeCohortId: cohort.id, includeSource: false } as const;
    expect(exportSettingsOf(doc, remembered).programmeCohortId).toBe(cohort.id);
    doc.cohorts = [];
    expect(exportSettingsOf(doc, remembered).programmeCohortId).toBeNull();
  });
});
