import type { Question, Quiz } from '../model/course';
import { memoizeFrozenWith } from '../model/memoizeFrozen';
import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

function hasFeedback(question: Question): boolean {
  if (question.feedbackCorrect.trim() || question.feedbackIncorrect.trim()) return true;
  return 'options' in question && question.options.some((option) => option.feedback.trim() !== '');
}

/** The findings of a question list, kept while it and the quizzes stay the same (frozen) lists: an edit elsewhere does not walk 16,000 questions again. */
const questionFindings = memoizeFrozenWith((questions: Question[], quizzes: Quiz[]): Finding[] => {
  const findings: Finding[] = [];
  const capsuleOfQuiz = new Map(quizzes.map((quiz) => [quiz.id, quiz.capsuleId]));
  for (const question of questions) {
    if (hasFeedback(question)) continue;
    const capsuleId = capsuleOfQuiz.get(question.quizId);
    findings.push(
      makeFinding(
        'question-without-feedback',
        'questionWithoutFeedback',
        { kind: 'question', id: question.id, ...(capsuleId ? { capsuleId } : {}) },
        { prompt: question.prompt.length > 80 ? `${question.prompt.slice(0, 79)}…` : question.prompt },
      ),
    );
  }
  return findings;
});

/** Every question tells the learner why an answer is right or wrong. */
export function checkQuestions(context: CheckContext, findings: Finding[]): void {
  findings.push(...questionFindings(context.doc.questions, context.doc.quizzes));
}
