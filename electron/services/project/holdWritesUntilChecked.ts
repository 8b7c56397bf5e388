import { callsWithEffect, type AppApi } from '../../../shared/api/contract';
import type { ServiceContext } from '../serviceContext';

/**
 * Writes wait until the open project's background check is over: a file found damaged then turns
 * read-only and the write is refused instead of spreading the damage. Reads never wait.
 */
export function holdWritesUntilChecked(api: AppApi, context: ServiceContext): AppApi {
  const wrapped: Record<string, unknown> = { ...api };
  for (const method of callsWithEffect('undoable', 'writes')) {
    const call = api[method] as (input: unknown) => Promise<unknown>;
    wrapped[method] = async (input: unknown) => {
      await context.currentProject()?.whenChecked();
      return call(input);
    };
  }
  return wrapped as AppApi;
}
