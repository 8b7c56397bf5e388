import type { ApiMethod, AppApi } from '../../../shared/api/contract';
import { UNDOABLE_METHODS } from '../authoring/withUndoHistory';
import type { ServiceContext } from '../serviceContext';

/** Every call that writes to the project file. */
export const WRITING_METHODS = [...UNDOABLE_METHODS, 'undo', 'redo', 'importMedia', 'deleteUnusedMedia', 'updateCheckSettings', 'compactProject'] as const satisfies readonly ApiMethod[];

/**
 * Writes wait until the open project's background check is over: a file found damaged then turns
 * read-only and the write is refused instead of spreading the damage. Reads never wait.
 */
export function holdWritesUntilChecked(api: AppApi, context: ServiceContext): AppApi {
  const wrapped: Record<string, unknown> = { ...api };
  for (const method of WRITING_METHODS) {
    const call = api[method] as (input: unknown) => Promise<unknown>;
    wrapped[method] = async (input: unknown) => {
      await context.currentProject()?.whenChecked();
      return call(input);
    };
  }
  return wrapped as AppApi;
}
