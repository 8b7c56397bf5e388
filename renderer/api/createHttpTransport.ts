import type { ApiResult } from '../../shared/api/appError';
import { clientError } from './clientError';
import type { ApiTransport } from './apiTransport';

export interface HttpTransportOptions {
  /** Session token the browser-mode server put in the page. */
  token: string;
  /** Origin of the server; empty means the page's own. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

function isEnvelope(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const envelope = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (envelope.ok === true) return 'value' in value;
  return envelope.ok === false && typeof envelope.error?.code === 'string' && typeof envelope.error.message === 'string';
}

/** Browser mode: POST /api/<method> with a JSON body and the session token. */
export function createHttpTransport({ token, baseUrl = '', fetch: fetchImpl = globalThis.fetch.bind(globalThis) }: HttpTransportOptions): ApiTransport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-spoc-token': token },
        body: JSON.stringify(input ?? {}),
      });
    } catch (cause) {
      throw clientError('internal', 'serverUnreachable', { detail: String(cause) });
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (isEnvelope(body)) return body;
    throw clientError('internal', 'serverBadAnswer', { method, status: response.status });
  };
}
