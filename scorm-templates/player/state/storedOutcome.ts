import type { ScormDialect } from '../scorm/scormDialect';
import type { CompletionStatus, CourseProgress, ScoreSummary, SuccessStatus } from './courseProgress';

/** What the LMS already holds for the SCO, from earlier sessions. */
export interface StoredOutcome {
  completion: CompletionStatus;
  success: SuccessStatus;
  score: ScoreSummary | null;
}

const COMPLETION_RANK: Record<CompletionStatus, number> = { 'not attempted': 0, incomplete: 1, completed: 2 };
const SUCCESS_RANK: Record<SuccessStatus, number> = { unknown: 0, failed: 1, passed: 2 };

function percentScore(raw: string): ScoreSummary | null {
  const value = raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? { earned: value, possible: 100, scaled: value / 100 } : null;
}

/** Reads the stored status and score (1.2 packs completion and success into lesson_status). */
export function readStoredOutcome(dialect: ScormDialect, get: (element: string) => string): StoredOutcome {
  if (dialect === '1.2') {
    const status = get('cmi.core.lesson_status');
    return {
      completion: status === 'passed' || status === 'completed' ? 'completed' : status === 'incomplete' || status === 'failed' ? 'incomplete' : 'not attempted',
      success: status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : 'unknown',
      score: percentScore(get('cmi.core.score.raw')),
    };
  }
  const completion = get('cmi.completion_status');
  const success = get('cmi.success_status');
  return {
    completion: completion === 'completed' || completion === 'incomplete' ? completion : 'not attempted',
    success: success === 'passed' || success === 'failed' ? success : 'unknown',
    score: percentScore(get('cmi.score.raw')),
  };
}

/**
 * The progress to report, never below what the LMS already holds: a lost or outdated resume
 * state (a republished course) must not turn a passed learner back into an incomplete one.
 */
export function neverLower(progress: CourseProgress, stored: StoredOutcome): CourseProgress {
  const score = stored.score && (!progress.score || stored.score.scaled > progress.score.scaled) ? stored.score : progress.score;
  return {
    ...progress,
    completion: COMPLETION_RANK[stored.completion] > COMPLETION_RANK[progress.completion] ? stored.completion : progress.completion,
    success: SUCCESS_RANK[stored.success] > SUCCESS_RANK[progress.success] ? stored.success : progress.success,
    score,
  };
}
