import { describe, expect, it } from 'vitest';
import type { PlayerData } from '../../../shared/export/playerData';
import { courseProgress } from '../../../scorm-templates/player/state/courseProgress';
import { flattenCapsules, type ResumeState } from '../../../shared/export/resumeState';
import { OBJECTIVE_IDS, playerDataFixture, rightAnswer } from '../playerDataFixture';

const data = playerDataFixture({ modules: 2, capsulesPerModule: 2, quizAt: [3] });
const capsules = flattenCapsules(data);
const questions = capsules[3]?.quiz?.questions ?? [];

function state(viewed: boolean[], correct: number | null): ResumeState {
  if (correct === null) return { location: 0, viewed, quizzes: new Map() };
  const answers = questions.map((question, index) => (index < correct ? rightAnswer(question) : 'wrong'));
  return { location: 0, viewed, quizzes: new Map([[3, { order: questions.map((_, index) => index), answers, attempts: 1, best: { earned: correct * 2, possible: 14 } }]]) };
}
const ALL = [true, true, true, true];
const withRule = (rule: PlayerData['completionRule']) => ({ ...data, completionRule: rule });

describe('courseProgress', () => {
  it('is not attempted before anything is seen', () => {
    expect(courseProgress(data, capsules, state([false, false, false, false], null))).toMatchObject({ completion: 'not attempted', success: 'unknown', score: null, viewedCount: 0 });
  });

  it('completes on viewing alone with the all-viewed rule, success still judged by mastery', () => {
    expect(courseProgress(withRule('all-viewed'), capsules, state(ALL, null))).toMatchObject({ completion: 'completed', success: 'unknown' });
    expect(courseProgress(withRule('all-viewed'), capsules, state(ALL, 3))).toMatchObject({ completion: 'completed', success: 'failed' });
  });

  it('completes on passing with the quiz-passed rule, even with capsules unseen', () => {
    const progress = courseProgress(withRule('quiz-passed'), capsules, state([false, false, false, true], 6));
    expect(progress).toMatchObject({ completion: 'completed', success: 'passed', score: { earned: 12, possible: 14, scaled: 0.8571 } });
    expect(courseProgress(withRule('quiz-passed'), capsules, state(ALL, 5)).completion).toBe('incomplete');
  });

  it('needs both with the viewed-and-passed rule', () => {
    expect(courseProgress(data, capsules, state([true, true, false, true], 7)).completion).toBe('incomplete');
    expect(courseProgress(data, capsules, state(ALL, 7))).toMatchObject({ completion: 'completed', success: 'passed' });
  });

  it('completes a SCO without quiz on viewing whatever the rule', () => {
    const noQuiz = playerDataFixture({ modules: 1, capsulesPerModule: 2, quizAt: [] });
    expect(courseProgress({ ...noQuiz, completionRule: 'quiz-passed' }, flattenCapsules(noQuiz), state([true, true], null)).completion).toBe('completed');
  });

  it('reports each objective from the questions and capsules linked to it', () => {
    const [assessed, viewedOnly] = courseProgress(data, capsules, state([true, false, false, true], 6)).objectives;
    // Objective 1 is linked to the quiz's questions: 6 right out of 7 (every question is worth 2).
    expect(assessed).toMatchObject({ id: OBJECTIVE_IDS[0], completion: 'completed', success: 'passed', score: { earned: 12, possible: 14 } });
    // Objective 2 is linked to capsule 1 only, which was viewed; no question assesses it.
    expect(viewedOnly).toMatchObject({ id: OBJECTIVE_IDS[1], completion: 'completed', success: 'unknown', score: null });
    expect(courseProgress(data, capsules, state([false, true, true, false], null)).objectives[0]).toMatchObject({ completion: 'not attempted', success: 'unknown' });
  });
});
