import type { Question } from '../model/course';
import { memoizeFrozen } from '../model/memoizeFrozen';
import { MAX_CLOZE_BLANKS, parseCloze } from '../quiz/parseCloze';

/**
 * What is wrong with a question as a learner would meet it. `error`: the question cannot be answered
 * right (or is ambiguous) and the export would ship a broken item; `warning`: a design rule is missed.
 */
export type QuestionIssue =
  | { code: 'too-few-options'; severity: 'error'; minimum: number }
  | { code: 'no-correct-option'; severity: 'error' }
  | { code: 'several-correct-in-single-choice'; severity: 'error'; correctCount: number }
  | { code: 'duplicate-options'; severity: 'error'; text: string }
  | { code: 'no-accepted-answer'; severity: 'error' }
  | { code: 'no-blank'; severity: 'error' }
  | { code: 'empty-blank'; severity: 'error'; blank: number }
  | { code: 'too-many-blanks'; severity: 'error'; maximum: number }
  | { code: 'too-few-pairs'; severity: 'error'; minimum: number }
  | { code: 'duplicate-match'; severity: 'error'; text: string }
  | { code: 'too-few-items'; severity: 'error'; minimum: number }
  | { code: 'missing-feedback'; severity: 'warning' }
  | { code: 'no-points'; severity: 'warning' };

const MIN_OPTIONS = 2;
const MIN_PAIRS = 2;
const MIN_ITEMS = 2;

function firstDuplicate(texts: string[]): string | null {
  const seen = new Set<string>();
  for (const text of texts) {
    const key = text.trim().toLocaleLowerCase();
    if (seen.has(key)) return text.trim();
    seen.add(key);
  }
  return null;
}

function hasFeedback(question: Question): boolean {
  if (question.feedbackCorrect.trim() !== '' || question.feedbackIncorrect.trim() !== '') return true;
  if (question.type === 'single-choice' || question.type === 'multiple-choice') {
    return question.options.some((option) => option.feedback.trim() !== '');
  }
  return false;
}

function structuralIssues(question: Question): QuestionIssue[] {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const issues: QuestionIssue[] = [];
      if (question.options.length < MIN_OPTIONS) issues.push({ code: 'too-few-options', severity: 'error', minimum: MIN_OPTIONS });
      const correctCount = question.options.filter((option) => option.correct).length;
      if (correctCount === 0) issues.push({ code: 'no-correct-option', severity: 'error' });
      if (question.type === 'single-choice' && correctCount > 1) {
        issues.push({ code: 'several-correct-in-single-choice', severity: 'error', correctCount });
      }
      const duplicate = firstDuplicate(question.options.map((option) => option.text));
      if (duplicate !== null) issues.push({ code: 'duplicate-options', severity: 'error', text: duplicate });
      return issues;
    }
    case 'fill-in':
      return question.acceptedAnswers.some((answer) => answer.trim() !== '') ? [] : [{ code: 'no-accepted-answer', severity: 'error' }];
    case 'cloze': {
      const { blanks } = parseCloze(question.text);
      if (blanks.length === 0) return [{ code: 'no-blank', severity: 'error' }];
      const issues: QuestionIssue[] = [];
      const empty = blanks.findIndex((accepted) => accepted.length === 0);
      if (empty >= 0) issues.push({ code: 'empty-blank', severity: 'error', blank: empty + 1 });
      if (blanks.length > MAX_CLOZE_BLANKS) issues.push({ code: 'too-many-blanks', severity: 'error', maximum: MAX_CLOZE_BLANKS });
      return issues;
    }
    case 'matching': {
      const issues: QuestionIssue[] = [];
      if (question.pairs.length < MIN_PAIRS) issues.push({ code: 'too-few-pairs', severity: 'error', minimum: MIN_PAIRS });
      const duplicate = firstDuplicate(question.pairs.map((pair) => pair.left)) ?? firstDuplicate(question.pairs.map((pair) => pair.right));
      if (duplicate !== null) issues.push({ code: 'duplicate-match', severity: 'error', text: duplicate });
      return issues;
    }
    case 'ordering': {
      const issues: QuestionIssue[] = [];
      if (question.items.length < MIN_ITEMS) issues.push({ code: 'too-few-items', severity: 'error', minimum: MIN_ITEMS });
      const duplicate = firstDuplicate(question.items.map((item) => item.text));
      if (duplicate !== null) issues.push({ code: 'duplicate-options', severity: 'error', text: duplicate });
      return issues;
    }
    case 'true-false':
    case 'numeric':
      return [];
  }
}

/** Checks one question: can it be answered right, unambiguously, and does it teach through feedback? (Not to be changed: it may be shared.) */
export const validateQuestion: (question: Question) => QuestionIssue[] = memoizeFrozen((question: Question) => {
  const issues = structuralIssues(question);
  if (!hasFeedback(question)) issues.push({ code: 'missing-feedback', severity: 'warning' });
  if (question.points === 0) issues.push({ code: 'no-points', severity: 'warning' });
  return issues;
});
