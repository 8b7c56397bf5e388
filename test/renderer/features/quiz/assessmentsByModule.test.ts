import { describe, expect, it } from 'vitest';
import { assessmentsByModule } from '../../../../renderer/features/quiz/assessmentsByModule';
import { issuesAt, questionIssuePlace, quizIssuePlace } from '../../../../renderer/features/quiz/issuePlaces';
import type { Outline } from '../../../../shared/api/outlineCalls';
import { validateQuiz } from '../../../../shared/authoring/validateQuiz';
import type { Question, Quiz } from '../../../../shared/model/course';

const id = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const capsule = (n: number, kind: Outline['modules'][number]['capsules'][number]['kind']) => ({ id: id(n), title: `Capsule ${n}`, kind, minutes: 5, week: 1 });
const outline = {
  modules: [
    { id: id(1), title: 'Semaine 1', capsules: [capsule(11, 'video'), capsule(12, 'assessment'), capsule(13, 'interactive')] },
    { id: id(2), title: 'Semaine 2', capsules: [capsule(21, 'reading')] },
  ],
} as unknown as Outline;

describe('the assessments list', () => {
  it('shows every assessment capsule, with or without a quiz, and any other capsule holding a quiz, module by module', () => {
    const groups = assessmentsByModule(outline, { [id(13)]: { quizId: id(99), questionCount: 4 } });
    expect(groups.map((group) => group.title)).toEqual(['Semaine 1', 'Semaine 2']);
    expect(groups[0]?.entries.map((entry) => [entry.capsule.title, entry.quiz?.questionCount ?? null])).toEqual([
      ['Capsule 12', null],
      ['Capsule 13', 4],
    ]);
    expect(groups[1]?.entries).toEqual([]);
  });
});

describe('where validation messages go', () => {
  const quiz: Quiz = { id: id(50), capsuleId: id(12), title: 'Q', passingScore: 80, shuffle: false, drawCount: 5, feedbackPassed: '', feedbackFailed: '' };
  const question = {
    id: id(60), quizId: id(50), position: 'a0', type: 'single-choice', prompt: 'P', points: 0, feedbackCorrect: '', feedbackIncorrect: '', objectiveIds: [],
    options: [{ id: id(61), text: 'A', correct: false, feedback: '' }],
  } as Question;

  it('puts each quiz issue beside the setting that fixes it', () => {
    const { quizIssues } = validateQuiz(quiz, [question], 70);
    expect(issuesAt(quizIssues, quizIssuePlace, 'bank').map((issue) => issue.code)).toEqual(['draw-exceeds-bank']);
    expect(issuesAt(quizIssues, quizIssuePlace, 'passing').map((issue) => issue.code)).toEqual(['unpassable']);
    expect(issuesAt(quizIssues, quizIssuePlace, 'feedback').map((issue) => issue.code)).toEqual(['missing-overall-feedback']);
    expect(issuesAt(validateQuiz(quiz, [], 70).quizIssues, quizIssuePlace, 'questions').map((issue) => issue.code)).toEqual(['empty-quiz']);
  });

  it('puts each question issue beside its answers, its feedback or its points', () => {
    const issues = validateQuiz(quiz, [question], 70).questionIssues[question.id] ?? [];
    expect(issuesAt(issues, questionIssuePlace, 'answers').map((issue) => issue.code)).toEqual(['too-few-options', 'no-correct-option']);
    expect(issuesAt(issues, questionIssuePlace, 'feedback').map((issue) => issue.code)).toEqual(['missing-feedback']);
    expect(issuesAt(issues, questionIssuePlace, 'points').map((issue) => issue.code)).toEqual(['no-points']);
  });
});
