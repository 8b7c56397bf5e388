import { describe, expect, it } from 'vitest';
import type { LearnerAnswer } from '../../../shared/quiz/learnerAnswer';
import { clozeBlankResults, scoreQuestion } from '../../../shared/quiz/scoreQuestion';
import { questionsByType as q } from './questionFixtures';

const right = (question: Parameters<typeof scoreQuestion>[0], answer: LearnerAnswer) => scoreQuestion(question, answer).correct;

describe('scoreQuestion', () => {
  it('gives the points for a right single choice and nothing for a wrong one', () => {
    expect(scoreQuestion(q.single, [1])).toEqual({ correct: true, earned: 2, possible: 2 });
    expect(scoreQuestion(q.single, [0])).toEqual({ correct: false, earned: 0, possible: 2 });
    expect(right(q.single, [1, 0])).toBe(false);
  });

  it('needs exactly the right options of a multiple choice, in any order', () => {
    expect(right(q.multiple, [2, 0])).toBe(true);
    expect(right(q.multiple, [0])).toBe(false);
    expect(right(q.multiple, [0, 1, 2])).toBe(false);
    expect(right(q.multiple, [0, 0, 2])).toBe(false);
  });

  it('judges true-false by the boolean chosen', () => {
    expect(right(q.trueFalse, false)).toBe(true);
    expect(right(q.trueFalse, true)).toBe(false);
  });

  it('accepts any accepted fill-in answer, ignoring case and extra spaces but not accents', () => {
    expect(right(q.fillIn, '  Écoute   ACTIVE ')).toBe(true);
    expect(right(q.fillIn, 'reformulation')).toBe(true);
    expect(right(q.fillIn, 'ecoute active')).toBe(false);
    expect(right(q.fillIn, '')).toBe(false);
    expect(right({ ...q.fillIn, caseSensitive: true }, 'Écoute active')).toBe(false);
    expect(right({ ...q.fillIn, acceptedAnswers: [] }, '')).toBe(false);
  });

  it('needs every blank of a cloze right, each against its own accepted answers', () => {
    expect(right(q.cloze, [' Écoute  active', 'résume'])).toBe(true);
    expect(right(q.cloze, ['écoute', 'reformule'])).toBe(true);
    expect(right(q.cloze, ['reformule', 'écoute'])).toBe(false);
    expect(right(q.cloze, ['écoute', ''])).toBe(false);
    expect(right(q.cloze, ['écoute'])).toBe(false);
    expect(right(q.cloze, ['écoute', 'reformule', 'de trop'])).toBe(false);
    expect(clozeBlankResults(q.cloze, ['écoute', 'juge'])).toEqual([true, false]);
  });

  it('tolerates case and accents in a cloze only as the question allows', () => {
    expect(right(q.cloze, ['ecoute', 'resume'])).toBe(false);
    expect(right({ ...q.cloze, accentSensitive: false }, ['ecoute', 'resume'])).toBe(true);
    expect(right({ ...q.cloze, caseSensitive: true }, ['Écoute', 'résume'])).toBe(false);
    expect(right({ ...q.cloze, caseSensitive: true, accentSensitive: false }, ['ecoute', 'resume'])).toBe(true);
  });

  it('needs every matching pair right', () => {
    expect(right(q.matching, [0, 1, 2])).toBe(true);
    expect(right(q.matching, [1, 0, 2])).toBe(false);
    expect(right(q.matching, [0, 1, null])).toBe(false);
    expect(right(q.matching, [0, 1])).toBe(false);
  });

  it('needs the exact order for an ordering question', () => {
    expect(right(q.ordering, [0, 1, 2])).toBe(true);
    expect(right(q.ordering, [0, 2, 1])).toBe(false);
    expect(right(q.ordering, [0, 1])).toBe(false);
  });

  it('accepts numbers within the tolerance only', () => {
    expect(right(q.numeric, 7.5)).toBe(true);
    expect(right(q.numeric, 6.5)).toBe(true);
    expect(right(q.numeric, 7.51)).toBe(false);
    expect(right({ ...q.numeric, answer: 0.3, tolerance: 0 }, 0.1 + 0.2)).toBe(true);
    expect(right(q.numeric, Number.NaN)).toBe(false);
    expect(right(q.numeric, Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('treats a missing or malformed answer as wrong for every type instead of throwing', () => {
    const malformed: unknown[] = [null, undefined, 'x', 3, true, [], [-1], [1.5], [99], ['a'], [null], { 0: 1 }];
    for (const question of Object.values(q)) {
      for (const answer of malformed) {
        expect(scoreQuestion(question, answer as LearnerAnswer).correct, `${question.type} ${JSON.stringify(answer)}`).toBe(false);
      }
    }
  });
});
