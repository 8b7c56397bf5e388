import { toErrorPayload, type ApiResult } from '../../shared/api/appError';
import { clientError } from './clientError';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import type { ApiTransport } from './apiTransport';

/** What the desktop preload exposes as window.spoc: one function per call, answering the envelope. */
export type SpocBridge = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>> };

declare global {
  interface Window {
    spoc?: SpocBridge;
  }
}

/** Desktop: each call goes through the preload's function of the same name. */
export function createBridgeTransport(bridge: SpocBridge): ApiTransport {
  return (method, input) => {
    const call = bridge[method] as ((input: unknown) => Promise<ApiResult<unknown>>) | undefined;
    if (typeof call !== 'function') {
      return Promise.resolve({ ok: false, error: toErrorPayload(clientError('internal', 'bridgeOutOfStep', { method })) });
    }
    return call(input);
  };
}
