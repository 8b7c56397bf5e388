import type { AppApi } from '../../shared/api/contract';
import type { FirstReads } from '../../shared/api/firstScreen';

/** What the app reads first on a page load, in this order (the outline only when a project is open). */
const FIRST_READS = ['getSession', 'getOutline'] as const;

type Call = (input?: unknown) => Promise<unknown>;

/**
 * Answers the app's first ask of each first read without waiting for the backend: from `answered`,
 * the answers the server put in the page with the first screen it rendered from them, else from
 * reads asked for at once, before the app has loaded (the session and the outline then travel in
 * parallel with the app's scripts, not one after the other after them). Any other call, or a second
 * ask, goes to the backend and drops the answers not taken: after it, what was read may no longer be
 * what the backend holds.
 */
export function withFirstReads(api: AppApi, answered?: FirstReads): AppApi {
  const calls = api as unknown as Record<string, Call>;
  const early = new Map<string, Promise<unknown>>();
  if (answered) {
    for (const [method, answer] of Object.entries(answered)) early.set(method, Promise.resolve(answer));
  } else {
    for (const method of FIRST_READS) {
      const read = calls[method]!({});
      // The outline is asked before knowing that a project is open: a refusal nobody takes is no failure.
      read.catch(() => undefined);
      early.set(method, read);
    }
  }
  const answering: Record<string, Call> = {};
  for (const [method, call] of Object.entries(calls)) {
    answering[method] = (input = {}) => {
      const read = early.get(method);
      const asksTheSame = read !== undefined && typeof input === 'object' && input !== null && Object.keys(input).length === 0;
      if (!asksTheSame) early.clear();
      early.delete(method);
      return asksTheSame ? read : call(input);
    };
  }
  return answering as unknown as AppApi;
}
