import type { ApiMethod, AppApi } from '../../../shared/api/contract';
import type { ServiceContext } from '../serviceContext';
import { historyJournalOf } from './historyJournalOf';

/** Calls that change the course design: each becomes one undo step. */
export const UNDOABLE_METHODS = [
  'updateCourse',
  'addModule',
  'updateModule',
  'moveModule',
  'deleteModule',
  'addCapsule',
  'updateCapsule',
  'saveCapsuleContent',
  'moveCapsule',
  'deleteCapsule',
  'duplicateCapsule',
  'duplicateModule',
  'addObjective',
  'updateObjective',
  'moveObjective',
  'deleteObjective',
  'setObjectiveLink',
  'setQuizObjectiveLink',
  'addQuiz',
  'updateQuiz',
  'deleteQuiz',
  'addQuestion',
  'updateQuestion',
  'moveQuestion',
  'duplicateQuestion',
  'deleteQuestion',
  'replaceMediaEverywhere',
  'updateWeekPlan',
  'moveCapsuleToWeek',
  'addLiveSession',
  'updateLiveSession',
  'deleteLiveSession',
  'addCohort',
  'updateCohort',
  'deleteCohort',
  'replyToReviewComment',
  'setReviewCommentStatus',
  'importIntoCourse',
] as const satisfies readonly ApiMethod[];

/** Repeated edits of the same fields of the same item (autosave while typing) merge into one step. */
function coalesceKeyOf(method: string, input: unknown): string | null {
  if (!method.startsWith('update') && method !== 'saveCapsuleContent') return null;
  const { id, week, patch } = (input ?? {}) as { id?: unknown; week?: unknown; patch?: unknown };
  const fields = patch && typeof patch === 'object' ? Object.keys(patch).sort().join(',') : '';
  return `${method}:${String(id ?? week ?? '')}:${fields}`;
}

/**
 * Wraps the undoable calls of the composed services so each records its changes in the open project's
 * journal. Apply once, in createServices, around every domain.
 */
export function withUndoHistory(api: AppApi, context: ServiceContext): AppApi {
  const wrapped: Record<string, unknown> = { ...api };
  for (const method of UNDOABLE_METHODS) {
    const call = api[method] as (input: unknown) => Promise<unknown>;
    if (typeof call !== 'function') continue;
    wrapped[method] = (input: unknown) => {
      const project = context.currentProject();
      // A read-only project refuses the call itself; it keeps no journal.
      if (!project || project.readOnly) return call(input);
      return historyJournalOf(project).record(method, () => call(input), coalesceKeyOf(method, input));
    };
  }
  return wrapped as AppApi;
}
