import { describe, expect, it } from 'vitest';
import { progressElements } from '../../../scorm-templates/player/scorm/progressElements';
import type { CourseProgress } from '../../../scorm-templates/player/state/courseProgress';

const base: CourseProgress = { viewedCount: 3, capsuleCount: 4, completion: 'incomplete', success: 'unknown', score: null, objectives: [] };
const elements = (dialect: '1.2' | '2004', progress: Partial<CourseProgress>) => Object.fromEntries(progressElements(dialect, { ...base, ...progress }, () => 0));

describe('progressElements', () => {
  it('folds completion and success into SCORM 1.2’s single lesson_status', () => {
    expect(elements('1.2', {})['cmi.core.lesson_status']).toBe('incomplete');
    expect(elements('1.2', { completion: 'completed' })['cmi.core.lesson_status']).toBe('completed');
    expect(elements('1.2', { completion: 'completed', success: 'passed' })['cmi.core.lesson_status']).toBe('passed');
    expect(elements('1.2', { completion: 'incomplete', success: 'passed' })['cmi.core.lesson_status']).toBe('incomplete');
    expect(elements('1.2', { completion: 'completed', success: 'failed' })['cmi.core.lesson_status']).toBe('failed');
  });

  it('reports 2004 completion, success and progress separately', () => {
    expect(elements('2004', { completion: 'incomplete', success: 'failed' })).toMatchObject({ 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'failed', 'cmi.progress_measure': '0.75' });
    expect(elements('2004', { completion: 'not attempted' })['cmi.completion_status']).toBe('incomplete');
  });

  it('keeps progress_measure below the manifest’s completion threshold (1.0) until the SCO is completed, so the LMS agrees', () => {
    expect(elements('2004', { viewedCount: 4, completion: 'incomplete' })['cmi.progress_measure']).toBe('0.99');
    expect(elements('2004', { viewedCount: 2, completion: 'completed', success: 'passed' })['cmi.progress_measure']).toBe('1');
  });

  it('writes raw/min/max as a percentage, plus scaled in 2004, once the verdict is known', () => {
    const score = { earned: 12, possible: 14, scaled: 0.8571 };
    expect(elements('1.2', { score, completion: 'completed', success: 'passed' })).toMatchObject({ 'cmi.core.score.raw': '85.71', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' });
    expect(elements('2004', { score, success: 'passed' })).toMatchObject({ 'cmi.score.raw': '85.71', 'cmi.score.scaled': '0.8571' });
    expect(elements('1.2', {})['cmi.core.score.raw']).toBeUndefined();
  });

  it('holds back a partial score that an LMS would turn into a verdict of its own', () => {
    const score = { earned: 5, possible: 6, scaled: 0.8333 };
    // 1.2 LMSs set passed/failed from any score.raw and the mastery score: not before the course is passed or failed.
    expect(elements('1.2', { score, completion: 'incomplete', success: 'unknown' })['cmi.core.score.raw']).toBeUndefined();
    expect(elements('1.2', { score, completion: 'incomplete', success: 'passed' })['cmi.core.score.raw']).toBeUndefined();
    expect(elements('1.2', { score, completion: 'incomplete', success: 'failed' })['cmi.core.score.raw']).toBe('83.33');
    // 2004 LMSs set success_status from score.scaled and scaled_passing_score: not before every quiz is finished.
    expect(elements('2004', { score, success: 'unknown' })['cmi.score.scaled']).toBeUndefined();
  });

  it('writes objectives in their slot with each version’s status vocabulary', () => {
    const objectives: CourseProgress['objectives'] = [
      { id: '00000000-0000-7000-8000-000000000001', completion: 'completed', success: 'unknown', score: null },
      { id: '00000000-0000-7000-8000-000000000002', completion: 'completed', success: 'failed', score: { earned: 1, possible: 2, scaled: 0.5 } },
    ];
    const slots = (id: string) => (id.endsWith('1') ? 4 : 7);
    const scorm12 = Object.fromEntries(progressElements('1.2', { ...base, objectives }, slots));
    expect(scorm12).toMatchObject({ 'cmi.objectives.4.id': 'o00000000000070008000000000000001', 'cmi.objectives.4.status': 'completed', 'cmi.objectives.7.status': 'failed', 'cmi.objectives.7.score.raw': '50' });
    const scorm2004 = Object.fromEntries(progressElements('2004', { ...base, objectives }, slots));
    expect(scorm2004).toMatchObject({
      'cmi.objectives.4.id': 'urn:spoc:objective:00000000000070008000000000000001',
      'cmi.objectives.4.completion_status': 'completed',
      'cmi.objectives.4.success_status': 'unknown',
      'cmi.objectives.7.success_status': 'failed',
      'cmi.objectives.7.score.scaled': '0.5',
    });
  });
});
