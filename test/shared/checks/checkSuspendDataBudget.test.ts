import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_SETTINGS } from '../../../shared/checks/checkSettings';
import { runChecks } from '../../../shared/checks/runChecks';
import { exportSettingsOf } from '../../../shared/export/exportSettings';
import type { PackagingMode } from '../../../shared/model/course';
import { byPosition } from '../../../shared/model/byPosition';
import type { CourseDocument } from '../../../shared/model/courseDocument';
import type { Question, ScormVersion } from '../../../shared/model/course';
import { budgetCourse } from '../../conformance/support/budgetCourse';

/** The budget findings for the next export's options (the project's export settings), whatever the framing says. */
const budgetFindings = (doc: CourseDocument, version: ScormVersion, mode: PackagingMode) =>
  runChecks(doc, DEFAULT_CHECK_SETTINGS, { ...exportSettingsOf(doc, null), version, mode }).filter((finding) => finding.checkId === 'suspend-data-budget');

describe('suspend_data budget check', () => {
  it('accepts the 64-capsule, 320-question stress course in SCORM 1.2, even for the learner leaving the longest answers', () => {
    const stress = budgetCourse({ modules: 8, capsulesPerModule: 8, questionsPerQuiz: 10, shuffle: true });
    expect(budgetFindings(stress, '1.2', 'course')).toEqual([]);
  });

  it('points to the quiz that makes a SCO’s saved state outgrow the version’s limit', () => {
    const doc = budgetCourse({ modules: 8, capsulesPerModule: 8, questionsPerQuiz: 10, shuffle: true });
    // One quiz turned into fill-in questions accepting long answers: a learner may type as long.
    const quiz = [...doc.quizzes].sort((a, b) => a.title.localeCompare(b.title))[3]!;
    const longFillIn = (question: Question): Question => ({ ...question, type: 'fill-in', acceptedAnswers: ['é'.repeat(200)], caseSensitive: false }) as Question;
    const grown = { ...doc, questions: doc.questions.map((question) => (question.quizId === quiz.id ? longFillIn(question) : question)) };
    const bank = grown.questions.filter((question) => question.quizId === quiz.id).sort(byPosition);
    const findings = budgetFindings(grown, '1.2', 'course');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.target).toEqual({ kind: 'question', id: bank[0]!.id, capsuleId: quiz.capsuleId });
    expect(findings[0]!.params).toMatchObject({ limit: 4_096, version: '1.2', quiz: quiz.title });
    expect(Number(findings[0]!.params.chars)).toBeGreaterThan(4_096);
    // 2004 4th edition has room; one SCO per module keeps the other modules within 1.2's limit.
    expect(budgetFindings(grown, '2004-4th', 'course')).toEqual([]);
    expect(budgetFindings(grown, '1.2', 'module-scos')).toHaveLength(1);
  });

  it('follows the export settings, not the framing: the same course changes verdict when only the export settings change', () => {
    const doc = budgetCourse({ modules: 8, capsulesPerModule: 8, questionsPerQuiz: 10, shuffle: true });
    const quiz = [...doc.quizzes].sort((a, b) => a.title.localeCompare(b.title))[3]!;
    const longFillIn = (question: Question): Question => ({ ...question, type: 'fill-in', acceptedAnswers: ['é'.repeat(200)], caseSensitive: false }) as Question;
    // The framing says 2004, where the state fits; the last export (project settings) was 1.2, where it does not.
    const grown = { ...doc, course: { ...doc.course, scormVersion: '2004-4th' as const, packagingMode: 'course' as const }, questions: doc.questions.map((question) => (question.quizId === quiz.id ? longFillIn(question) : question)) };
    expect(runChecks(grown).filter((finding) => finding.checkId === 'suspend-data-budget')).toEqual([]);
    expect(budgetFindings(grown, '1.2', 'course')).toHaveLength(1);
    expect(budgetFindings(grown, '1.2', 'course')[0]!.params).toMatchObject({ version: '1.2', limit: 4_096 });
    // Only the module whose quiz grew is over: its SCO is named, not the course.
    const moduleFindings = budgetFindings(grown, '1.2', 'module-scos');
    expect(moduleFindings).toHaveLength(1);
    expect(moduleFindings[0]!.params.sco).not.toBe(grown.course.title);
  });
});
