import { describe, expect, it } from 'vitest';
import { framingDraftOf, readFramingField } from '../../../../renderer/features/framing/framingFields';
import { buildTestCourse } from '../../../shared/pacing/buildTestCourse';

describe('readFramingField', () => {
  it('reads whole numbers in the model’s range and says the range otherwise', () => {
    expect(readFramingField('durationWeeks', ' 4 ')).toEqual({ ok: true, patch: { durationWeeks: 4 } });
    expect(readFramingField('learnerCount', '0')).toEqual({ ok: true, patch: { learnerCount: 0 } });
    for (const bad of ['0', '105', '2.5', '', 'abc']) {
      expect(readFramingField('durationWeeks', bad), bad).toEqual({ ok: false, error: { key: 'error.wholeNumber', values: { min: 1, max: 104 } } });
    }
    expect(readFramingField('weeklyBudgetMinutes', '10081')).toMatchObject({ ok: false, error: { values: { max: 10_080 } } });
  });

  it('requires a title but lets the client stay empty, and trims both', () => {
    expect(readFramingField('title', '   ')).toEqual({ ok: false, error: { key: 'error.required' } });
    expect(readFramingField('title', ' OPTIMANAGER ')).toEqual({ ok: true, patch: { title: 'OPTIMANAGER' } });
    expect(readFramingField('client', '')).toEqual({ ok: true, patch: { client: '' } });
    expect(readFramingField('client', 'x'.repeat(501))).toEqual({ ok: false, error: { key: 'error.tooLong', values: { max: 500 } } });
  });

  it('reads competencies one per line, skipping blank lines', () => {
    expect(readFramingField('competencies', 'Repérer un courriel piégé\n\n  Signaler un incident  \n')).toEqual({
      ok: true,
      patch: { competencies: ['Repérer un courriel piégé', 'Signaler un incident'] },
    });
  });
});

describe('framingDraftOf', () => {
  it('shows numbers and competency lists as the designer typed them', () => {
    const course = { ...buildTestCourse({ title: 'Cours' }).course, learnerCount: 15, competencies: ['A', 'B'] };
    expect(framingDraftOf(course, 'learnerCount')).toBe('15');
    expect(framingDraftOf(course, 'competencies')).toBe('A\nB');
  });
});
