import type { Question } from '../model/course';
import { makeFinding, type CheckContext } from './checkContext';
import type { Finding } from './finding';

function hasFeedback(question: Question): boolean {
  if (question.feedbackCorrect.trim() || question.feedbackIncorrect.trim()) return true;
  return 'options' in question && question.options.some((option) => option.feedback.trim() !== '');
}

/** Every question tells the learner why an answer is right or wrong. */
export function checkQuestions(context: CheckContext, findings: Finding[]): void {
  const capsuleOfQuiz = new Map(context.doc.quizzes.map((quiz) => [quiz.id, quiz.capsuleId]));
  for (const question of context.doc.questions) {
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
}
