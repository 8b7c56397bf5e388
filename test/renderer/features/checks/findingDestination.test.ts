import { describe, expect, it } from 'vitest';
import { findingDestination } from '../../../../renderer/features/checks/findingDestination';

const ALL = new Set(['outline', 'pacing', 'cohorts', 'checks', 'objectives', 'framing', 'quiz']);

describe('findingDestination', () => {
  it('selects a module or capsule in the outline', () => {
    expect(findingDestination({ kind: 'capsule', id: 'c1' }, ALL)).toEqual({ place: 'outline', selection: { kind: 'capsule', id: 'c1' } });
    expect(findingDestination({ kind: 'module', id: 'm1' }, ALL)).toEqual({ place: 'outline', selection: { kind: 'module', id: 'm1' } });
  });

  it('opens a question in its capsule’s quiz', () => {
    expect(findingDestination({ kind: 'question', id: 'q1', capsuleId: 'c1' }, ALL)).toEqual({ place: 'quiz', selection: { kind: 'question', id: 'q1' }, quizCapsuleId: 'c1' });
    expect(findingDestination({ kind: 'question', id: 'q1' }, ALL)).toBeNull();
  });

  it('opens the week on the pacing board and the cohort among the cohorts', () => {
    expect(findingDestination({ kind: 'week', id: '3' }, ALL)).toEqual({ place: 'pacing', selection: { kind: 'week', id: '3' } });
    expect(findingDestination({ kind: 'cohort', id: 'k1' }, ALL)).toEqual({ place: 'cohorts', selection: { kind: 'cohort', id: 'k1' } });
  });

  it('offers no jump to a place this build does not have', () => {
    const withoutObjectives = new Set(['outline', 'pacing', 'cohorts', 'checks']);
    expect(findingDestination({ kind: 'objective', id: 'o1' }, withoutObjectives)).toBeNull();
    expect(findingDestination({ kind: 'course', id: 'course' }, withoutObjectives)).toBeNull();
    expect(findingDestination({ kind: 'objective', id: 'o1' }, ALL)).toEqual({ place: 'objectives', selection: { kind: 'objective', id: 'o1' } });
  });
});
