import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/runChecks';
import { byPosition, type CourseDocument } from '../../../shared/model/courseDocument';
import type { Question, ScormVersion } from '../../../shared/model/course';
import { budgetCourse } from '../../conformance/support/budgetCourse';

const budgetFindings = (doc: CourseDocument) => runChecks(doc).filter((finding) => finding.checkId === 'suspend-data-budget');
const withVersion = (doc: CourseDocument, scormVersion: ScormVersion, packagingMode = doc.course.packagingMode): CourseDocument => ({ ...doc, course: { ...doc.course, scormVersion, packagingMode } });

describe('suspend_data budget check', () => {
  it('accepts the 64-capsule, 320-question stress course in SCORM 1.2, even for the learner leaving the longest answers', () => {
    const stress = budgetCourse({ modules: 8, capsulesPerModule: 8, questionsPerQuiz: 10, shuffle: true });
    expect(budgetFindings(withVersion(stress, '1.2', 'course'))).toEqual([]);
  });

  it('points to the quiz that makes a SCO’s saved state outgrow the version’s limit', () => {
    const doc = budgetCourse({ modules: 8, capsulesPerModule: 8, questionsPerQuiz: 10, shuffle: true });
    // One quiz turned into fill-in questions accepting long answers: a learner may type as long.
    const quiz = [...doc.quizzes].sort((a, b) => a.title.localeCompare(b.title))[3]!;
    const longFillIn = (question: Question): Question => ({ ...question, type: 'fill-in', acceptedAnswers: ['é'.repeat(200)], caseSensitive: false }) as Question;
    const grown = { ...doc, questions: doc.questions.map((question) => (question.quizId === quiz.id ? longFillIn(question) : question)) };
    const bank = grown.questions.filter((question) => question.quizId === quiz.id).sort(byPosition);
    const findings = budgetFindings(withVersion(grown, '1.2', 'course'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.target).toEqual({ kind: 'question', id: bank[0]!.id, capsuleId: quiz.capsuleId });
    expect(findings[0]!.params).toMatchObject({ limit: 4_096, version: '1.2', quiz: quiz.title });
    expect(Number(findings[0]!.params.chars)).toBeGreaterThan(4_096);
    // 2004 4th edition has room; one SCO per module keeps the other modules within 1.2's limit.
    expect(budgetFindings(withVersion(grown, '2004-4th', 'course'))).toEqual([]);
    expect(budgetFindings(withVersion(grown, '1.2', 'module-scos'))).toHaveLength(1);
  });
});
