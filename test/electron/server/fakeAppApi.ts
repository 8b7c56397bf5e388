import type { AppApi } from '../../../shared/api/contract';
import { API_METHOD_NAMES } from '../../../shared/api/methodNames';

/** Records every call that reaches the services; each answers { method, input } so transports can be checked end to end. */
export function fakeAppApi(): { api: AppApi; calls: Array<{ method: string; input: unknown }> } {
  const calls: Array<{ method: string; input: unknown }> = [];
  const api = Object.fromEntries(
    API_METHOD_NAMES.map((method) => [
      method,
      async (input: unknown) => {
        calls.push({ method, input });
        return { method, input };
      },
    ]),
  ) as unknown as AppApi;
  return { api, calls };
}
