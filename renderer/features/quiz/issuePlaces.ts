import type { QuizLevelIssue } from '../../../shared/authoring/validateQuiz';
import type { QuestionIssue } from '../../../shared/authoring/validateQuestion';

/** Where in a question's editor an issue is shown: beside the fields that fix it. */
export type QuestionIssuePlace = 'answers' | 'feedback' | 'points';
/** Where in the quiz settings or list an issue is shown. */
export type QuizIssuePlace = 'questions' | 'bank' | 'passing' | 'feedback';

export function questionIssuePlace(issue: QuestionIssue): QuestionIssuePlace {
  switch (issue.code) {
    case 'missing-feedback':
      return 'feedback';
    case 'no-points':
      return 'points';
    default:
      return 'answers';
  }
}

export function quizIssuePlace(issue: QuizLevelIssue): QuizIssuePlace {
  switch (issue.code) {
    case 'empty-quiz':
      return 'questions';
    case 'draw-exceeds-bank':
      return 'bank';
    case 'unpassable':
      return 'passing';
    case 'missing-overall-feedback':
      return 'feedback';
  }
}

export function issuesAt<Issue, Place>(issues: readonly Issue[], placeOf: (issue: Issue) => Place, place: Place): Issue[] {
  return issues.filter((issue) => placeOf(issue) === place);
}
