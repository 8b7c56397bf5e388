import { describe, expect, it } from 'vitest';
import { computePacingBoard, workloadLevel } from '../../../shared/pacing/computePacingBoard';
import { addCapsule, addLiveSession, addModule, addQuiz, buildTestCourse } from './buildTestCourse';

describe('computePacingBoard', () => {
  it('sums capsules, their quiz questions and live sessions into each week', () => {
    const doc = buildTestCourse({ weeklyBudgetMinutes: 45 });
    const role = addModule(doc, 'Le rôle du manager', 1);
    const communicate = addModule(doc, 'Communiquer', 2);
    addCapsule(doc, role, 'Vidéo', 'video', 6);
    const quizCapsule = addCapsule(doc, role, 'Auto-évaluation', 'assessment', null);
    addQuiz(doc, quizCapsule, 5);
    addCapsule(doc, communicate, 'Étude de cas', 'activity', 20);
    addLiveSession(doc, { week: 2, durationMinutes: 60 });

    const board = computePacingBoard(doc);

    expect(board.weeks).toHaveLength(4);
    expect(board.weeks[0]!.minutes).toBe(11);
    expect(board.weeks[0]!.level).toBe('within');
    expect(board.weeks[1]!.capsuleMinutes).toBe(20);
    expect(board.weeks[1]!.liveMinutes).toBe(60);
    expect(board.weeks[1]!.minutes).toBe(80);
    expect(board.weeks[1]!.level).toBe('far-over');
    expect(board.weeks[2]!.minutes).toBe(0);
    expect(board.totalMinutes).toBe(91);
    expect(board.totalBudgetMinutes).toBe(180);
    expect(board.overBudgetWeekCount).toBe(1);
  });

  it('counts a capsule moved to another week in that week, not in its module’s', () => {
    const doc = buildTestCourse();
    const role = addModule(doc, 'Rôle', 1);
    const stays = addCapsule(doc, role, 'Reste', 'reading', 10);
    const moved = addCapsule(doc, role, 'Déplacée', 'video', 7, { weekOverride: 3 });

    const board = computePacingBoard(doc);

    expect(board.weeks[0]!.capsules.map((capsule) => capsule.id)).toEqual([stays.id]);
    expect(board.weeks[0]!.minutes).toBe(10);
    expect(board.weeks[2]!.capsules).toEqual([expect.objectContaining({ id: moved.id, week: 3, moved: true })]);
    expect(board.weeks[2]!.minutes).toBe(7);
    expect(board.weeks[2]!.modules).toEqual([]);
  });

  it('counts the questions a bank draws, not the whole bank', () => {
    const doc = buildTestCourse();
    const module = addModule(doc, 'M', 1);
    const capsule = addCapsule(doc, module, 'Quiz', 'assessment', null);
    const quiz = addQuiz(doc, capsule, 30);
    quiz.drawCount = 10;

    expect(computePacingBoard(doc).weeks[0]!.minutes).toBe(10);
  });

  it('extends the board to the last week that holds something', () => {
    const doc = buildTestCourse({ durationWeeks: 2 });
    addModule(doc, 'Tard', 5);
    addLiveSession(doc, { week: 6 });

    const board = computePacingBoard(doc);

    expect(board.weeks.map((week) => week.week)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(board.weeks[4]!.modules).toHaveLength(1);
  });

  it('uses the week plans the designer wrote and defaults for the others', () => {
    const doc = buildTestCourse();
    doc.weeks.push({ week: 2, theme: 'Communiquer', dueDayOffset: 4, tutorNotes: 'Relancer les absents', tutorMinutes: null });

    const board = computePacingBoard(doc);

    expect(board.weeks[1]!.plan.theme).toBe('Communiquer');
    expect(board.weeks[0]!.plan).toEqual({ week: 1, theme: '', dueDayOffset: 6, tutorNotes: '', tutorMinutes: null });
  });

  it('orders a week’s capsules by module then by position', () => {
    const doc = buildTestCourse();
    const second = addModule(doc, 'Deux', 1);
    const first = addModule(doc, 'Un', 1);
    first.position = 'a0';
    second.position = 'a1';
    const b = addCapsule(doc, second, 'B', 'reading', 1);
    const a = addCapsule(doc, first, 'A', 'reading', 1);

    expect(computePacingBoard(doc).weeks[0]!.capsules.map((capsule) => capsule.id)).toEqual([a.id, b.id]);
  });
});

describe('workloadLevel', () => {
  it('is within up to the budget, amber up to 20 % over, red beyond', () => {
    expect(workloadLevel(60, 60)).toBe('within');
    expect(workloadLevel(61, 60)).toBe('over');
    expect(workloadLevel(72, 60)).toBe('over');
    expect(workloadLevel(73, 60)).toBe('far-over');
  });

  it('is none when no budget was set', () => {
    expect(workloadLevel(500, 0)).toBe('none');
  });
});
