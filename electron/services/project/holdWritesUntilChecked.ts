import { callsWithEffect, type AppApi } from '../../../shared/api/contract';
import type { ServiceContext } from '../serviceContext';

/**
 * Writes wait until the open project's background check is over: a file found damaged then turns
 * read-only and the write is refused instead of spreading the damage. Reads never wait.
 * An export waits only for its own last write (remembering the choices, in the export service): held
 * here, a Cancel pressed while a large project is still being checked would find no export to stop.
 */
const HOLDS_ITS_OWN_WRITE = new Set<string>(['exportScorm']);

export function holdWritesUntilChecked(api: AppApi, context: ServiceContext): AppApi {
  const wrapped: Record<string, unknown> = { ...api };
  for (const method of callsWithEffect('undoable', 'writes').filter((name) => !HOLDS_ITS_OWN_WRITE.has(name))) {
    const call = api[method] as (input: unknown) => Promise<unknown>;
    wrapped[method] = async (input: unknown) => {
      await context.currentProject()?.whenChecked();
      return call(input);
    };
  }
  return wrapped as AppApi;
}
