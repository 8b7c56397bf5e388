import { AppError, appError, toErrorPayload, type ApiResult } from '../../shared/api/appError';
import { apiContract, type ApiMethod, type AppApi } from '../../shared/api/contract';
import { nestsDeeperThan } from '../../shared/api/nestingDepth';
import { sqliteFailure } from './sqliteFailure';

/** Far deeper than any real capsule (lists in callouts in tables nest a few dozen levels). */
const MAX_INPUT_DEPTH = 200;

const isApiMethod = (method: string): method is ApiMethod => Object.hasOwn(apiContract, method);

/**
 * The one door to the services for every transport (desktop IPC, HTTP, CLI): checks the input against
 * the contract, runs the call, and answers an envelope, never a thrown error.
 */
export async function callApi(api: AppApi, method: string, rawInput: unknown): Promise<ApiResult<unknown>> {
  try {
    if (!isApiMethod(method)) throw appError('invalid-input', 'unknownApiCall', { method });
    // Checked before validating: the schemas of nested content recurse, and a hostile nesting would overflow the stack.
    if (nestsDeeperThan(rawInput, MAX_INPUT_DEPTH)) throw appError('invalid-input', 'inputTooDeep', { limit: MAX_INPUT_DEPTH });
    const parsed = apiContract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`);
      throw appError('invalid-input', 'invalidCallInput', { method, detail: issues.join('; ') });
    }
    const call = api[method] as ((input: unknown) => Promise<unknown>) | undefined;
    if (typeof call !== 'function') throw new AppError('internal', `No service implements "${method}" in this build.`);
    return { ok: true, value: await call(parsed.data) };
  } catch (error) {
    return { ok: false, error: toErrorPayload(catalogued(sqliteFailure(error))) };
  }
}

/** Every failure reaches the user as a catalogued message; an unforeseen one keeps its own words as the detail. */
function catalogued(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return appError('internal', 'unexpectedFailure', { detail: error instanceof Error ? error.message : String(error) });
}
