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

/** A fresh attempt: no status recorded yet (the player writes "incomplete" as soon as it opens one). */
export function nothingStored(stored: Pick<StoredOutcome, 'completion' | 'success'>): boolean {
  return stored.completion === 'not attempted' && stored.success === 'unknown';
}

/**
 * Reads the stored status, then the score only if a status says there was an attempt: a 2004
 * LMS answers a read of a never-set score with error 403, which strict LMSs log as a fault.
 */
export function readStoredOutcome(dialect: ScormDialect, get: (element: string) => string): StoredOutcome {
  const statuses = dialect === '1.2' ? lessonStatus(get('cmi.core.lesson_status')) : separateStatuses(get('cmi.completion_status'), get('cmi.success_status'));
  if (nothingStored(statuses)) return { ...statuses, score: null };
  return { ...statuses, score: percentScore(get(dialect === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')) };
}

/** 1.2 packs completion and success into lesson_status. */
function lessonStatus(status: string): Omit<StoredOutcome, 'score'> {
  return {
    completion: status === 'passed' || status === 'completed' ? 'completed' : status === 'incomplete' || status === 'failed' ? 'incomplete' : 'not attempted',
    success: status === 'passed' ? 'passed' : status === 'failed' ? 'failed' : 'unknown',
  };
}

function separateStatuses(completion: string, success: string): Omit<StoredOutcome, 'score'> {
  return {
    completion: completion === 'completed' || completion === 'incomplete' ? completion : 'not attempted',
    success: success === 'passed' || success === 'failed' ? success : 'unknown',
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
