import { describe, expect, it } from 'vitest';
import { alignmentMatrix, alignmentStatuses } from '../../../shared/authoring/alignmentMatrix';
import { scriptSpeakingSeconds } from '../../../shared/authoring/scriptSpeakingSeconds';
import type { Capsule, Module, Objective, Question, Quiz } from '../../../shared/model/course';
import { emptyDoc } from '../../../shared/model/richText';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const module = (n: number, position: string): Module => ({ id: id(n), title: `M${n}`, summary: '', week: n, position });
const objective = (n: number, moduleId: string | null, position: string): Objective => ({
  id: id(100 + n),
  moduleId,
  code: `O${n}`,
  text: 'Construire une grille',
  bloomLevel: 'create',
  position,
});
const capsule = (n: number, moduleId: string, objectiveIds: string[]): Capsule => ({
  id: id(200 + n),
  moduleId,
  title: `C${n}`,
  kind: 'reading',
  minutesOverride: null,
  weekOverride: null,
  content: emptyDoc(),
  objectiveIds,
  position: 'a0',
});

describe('alignmentMatrix', () => {
  const modules = [module(2, 'a1'), module(1, 'a0')];
  const objectives = [objective(3, id(2), 'a0'), objective(2, id(1), 'a0'), objective(1, null, 'a0'), objective(4, id(1), 'a1')];
  const capsules = [capsule(1, id(1), [id(101), id(102)]), capsule(2, id(2), [])];
  const quizzes: Quiz[] = [
    { id: id(300), capsuleId: id(202), title: 'Q', passingScore: null, shuffle: false, drawCount: null, feedbackPassed: '', feedbackFailed: '' },
  ];
  const questions: Question[] = [
    {
      id: id(400),
      quizId: id(300),
      type: 'true-false',
      answer: true,
      prompt: '?',
      points: 1,
      feedbackCorrect: '',
      feedbackIncorrect: '',
      objectiveIds: [id(101), id(103)],
      position: 'a0',
    },
  ];
  const rows = alignmentMatrix({ objectives, modules, capsules, quizzes, questions });

  it('orders rows course objectives first, then by module order, and columns by module order', () => {
    expect(rows.map((row) => row.objective.code)).toEqual(['O1', 'O2', 'O4', 'O3']);
    expect(rows[0]?.cells.map((cell) => cell.moduleId)).toEqual([id(1), id(2)]);
  });

  it('shows where each objective is taught and assessed, and what is missing', () => {
    expect(rows[0]).toMatchObject({
      status: 'aligned',
      cells: [
        { moduleId: id(1), capsuleIds: [id(201)], questionIds: [] },
        { moduleId: id(2), capsuleIds: [], questionIds: [id(400)] },
      ],
    });
    expect(rows.map((row) => row.status)).toEqual(['aligned', 'not-assessed', 'neither', 'not-taught']);
  });

  it('counts an activity (work the learner hands in) as teaching and assessing its objectives', () => {
    const activity = { ...capsule(3, id(1), [id(102)]), kind: 'activity' as const };
    const withActivity = alignmentMatrix({ objectives, modules, capsules: [...capsules, activity], quizzes, questions });
    expect(withActivity[1]).toMatchObject({ status: 'aligned', cells: [{ capsuleIds: [id(201), id(203)], questionIds: [], activityIds: [id(203)] }, {}] });
  });

  it('gives the checks the same statuses without building the cells, ignoring links to unknown modules', () => {
    const activity = { ...capsule(3, id(1), [id(104)]), kind: 'activity' as const };
    const stray = capsule(4, id(9), [id(102)]);
    const input = { objectives, modules, capsules: [...capsules, activity, stray], quizzes, questions };
    const statuses = alignmentStatuses(input).map(({ objective, status }) => [objective.code, status]);
    expect(statuses).toEqual(alignmentMatrix(input).map(({ objective, status }) => [objective.code, status]));
    expect(statuses).toEqual([['O1', 'aligned'], ['O2', 'not-assessed'], ['O4', 'aligned'], ['O3', 'not-taught']]);
  });
});

describe('scriptSpeakingSeconds', () => {
  const cell = (type: string, words: number) => ({
    type,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: Array.from({ length: words }, () => 'mot').join(' ') }] }],
  });
  const row = (narration: number, screen: number) => ({ type: 'videoScriptRow', content: [cell('scriptNarration', narration), cell('scriptScreen', screen)] });

  it('times the narration at 150 words a minute and ignores what is on screen', () => {
    expect(scriptSpeakingSeconds({ type: 'videoScript', content: [row(150, 400), row(75, 10)] })).toBe(90);
    expect(scriptSpeakingSeconds(row(0, 50))).toBe(0);
  });
});
