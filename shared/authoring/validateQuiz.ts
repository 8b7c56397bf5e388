import type { Question, Quiz } from '../model/course';
import { type QuestionIssue, validateQuestion } from './validateQuestion';

export type QuizLevelIssue =
  | { code: 'empty-quiz'; severity: 'error' }
  /** "Draw N at random" asks for more questions than the bank holds: every question is asked, as the export says. */
  // count: the questions drawn (named so, its message takes the right plural).
  | { code: 'draw-exceeds-bank'; severity: 'warning'; count: number; bankSize: number }
  /** A pass mark is set but no question is worth any point: nobody could pass. */
  | { code: 'unpassable'; severity: 'error' }
  | { code: 'missing-overall-feedback'; severity: 'warning' };

export interface QuizValidation {
  quizIssues: QuizLevelIssue[];
  /** Issues by question id; questions without issues are absent. */
  questionIssues: Record<string, QuestionIssue[]>;
  /** True when nothing would break for the learner (warnings allowed): its errors are export blockers. */
  playable: boolean;
}

/** Checks a quiz and each of its questions, as the quiz editor and the checks panel show them. */
export function validateQuiz(quiz: Quiz, questions: Question[], courseMasteryScore: number): QuizValidation {
  const quizIssues: QuizLevelIssue[] = [];
  if (questions.length === 0) quizIssues.push({ code: 'empty-quiz', severity: 'error' });
  if (quiz.drawCount !== null && quiz.drawCount > questions.length) {
    quizIssues.push({ code: 'draw-exceeds-bank', severity: 'warning', count: quiz.drawCount, bankSize: questions.length });
  }
  const passMark = quiz.passingScore ?? courseMasteryScore;
  const totalPoints = questions.reduce((sum, question) => sum + question.points, 0);
  if (questions.length > 0 && passMark > 0 && totalPoints === 0) quizIssues.push({ code: 'unpassable', severity: 'error' });
  if (quiz.feedbackPassed.trim() === '' && quiz.feedbackFailed.trim() === '') {
    quizIssues.push({ code: 'missing-overall-feedback', severity: 'warning' });
  }

  const questionIssues: Record<string, QuestionIssue[]> = {};
  for (const question of questions) {
    const issues = validateQuestion(question);
    if (issues.length > 0) questionIssues[question.id] = issues;
  }
  const hasError = (issue: { severity: string }): boolean => issue.severity === 'error';
  const playable = !quizIssues.some(hasError) && !Object.values(questionIssues).flat().some(hasError);
  return { quizIssues, questionIssues, playable };
}
