import { describe, expect, it } from 'vitest';
import { AppError, errorText, type ApiResult } from '../../../shared/api/appError';
import { API_METHOD_NAMES } from '../../../shared/api/methodNames';
import type { ApiTransport } from '../../../renderer/api/apiTransport';
import { createApiClient } from '../../../renderer/api/createApiClient';
import { createBridgeTransport, type SpocBridge } from '../../../renderer/api/createBridgeTransport';
import { createHttpTransport } from '../../../renderer/api/createHttpTransport';

const session = { mode: 'browser', project: null } as const;

/** What the page says of a failure the renderer raised itself: its catalogued text (here in English). */
async function saidOf(call: Promise<unknown>): Promise<string> {
  const failure = await call.then(
    () => expect.fail('the call should have failed'),
    (error: unknown) => error,
  );
  expect(failure).toMatchObject({ code: 'internal', text: { key: expect.any(String) } });
  const { text } = failure as AppError;
  return errorText('en', text!.key, text!.params);
}

describe('createApiClient', () => {
  it('offers every call of the contract', () => {
    const client = createApiClient(async () => ({ ok: true, value: null }));
    expect(API_METHOD_NAMES.filter((method) => typeof client[method] !== 'function')).toEqual([]);
  });

  it('sends the method and its input, and returns the value of a success', async () => {
    const sent: Array<[string, unknown]> = [];
    const transport: ApiTransport = async (method, input) => {
      sent.push([method, input]);
      return { ok: true, value: { id: 'm1', title: 'Rôle du manager' } };
    };
    const value = await createApiClient(transport).addModule({ title: 'Rôle du manager' });
    expect(value).toEqual({ id: 'm1', title: 'Rôle du manager' });
    expect(sent).toEqual([['addModule', { title: 'Rôle du manager' }]]);
  });

  it('rethrows a failure as an AppError with its code and message', async () => {
    const client = createApiClient(async () => ({ ok: false, error: { code: 'no-project', message: 'Open a project first.' } }));
    const failure = await client.getOutline({}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'no-project', message: 'Open a project first.' });
  });
});

describe('createHttpTransport', () => {
  const answering = (status: number, body: string) => {
    const requests: Array<{ url: string; init: RequestInit }> = [];
    const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(url), init: init ?? {} });
      return new Response(body, { status, headers: { 'content-type': 'application/json' } });
    };
    return { requests, fetch: fetch as typeof globalThis.fetch };
  };

  it('posts JSON to /api/<method> with the session token', async () => {
    const server = answering(200, JSON.stringify({ ok: true, value: session }));
    const client = createApiClient(createHttpTransport({ token: 's3cret', fetch: server.fetch }));
    expect(await client.getSession({})).toEqual(session);
    const [request] = server.requests;
    expect(request?.url).toBe('/api/getSession');
    expect(request?.init.method).toBe('POST');
    expect(new Headers(request?.init.headers).get('x-spoc-token')).toBe('s3cret');
    expect(JSON.parse(String(request?.init.body))).toEqual({});
  });

  it('passes on the error envelope the server sends with an error status', async () => {
    const server = answering(400, JSON.stringify({ ok: false, error: { code: 'invalid-input', message: 'title: must not be empty' } }));
    const client = createApiClient(createHttpTransport({ token: 't', fetch: server.fetch }));
    await expect(client.addModule({ title: '' })).rejects.toMatchObject({ code: 'invalid-input', message: 'title: must not be empty' });
  });

  it('says the server answered nonsense rather than crashing on it', async () => {
    const server = answering(502, '<html>Bad gateway</html>');
    const client = createApiClient(createHttpTransport({ token: 't', fetch: server.fetch }));
    expect(await saidOf(client.getOutline({}))).toMatch(/getOutline with HTTP 502/);
  });

  it('says the server cannot be reached when the request fails', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const client = createApiClient(createHttpTransport({ token: 't', fetch }));
    expect(await saidOf(client.getSession({}))).toMatch(/cannot be reached/);
  });
});

describe('createBridgeTransport', () => {
  it('calls the preload function of the same name', async () => {
    const received: unknown[] = [];
    const bridge = {
      openProject: async (input: unknown): Promise<ApiResult<unknown>> => {
        received.push(input);
        return { ok: true, value: null };
      },
    } as unknown as SpocBridge;
    const client = createApiClient(createBridgeTransport(bridge));
    expect(await client.openProject({})).toBeNull();
    expect(received).toEqual([{}]);
  });

  it('fails clearly when the preload lacks a call', async () => {
    const client = createApiClient(createBridgeTransport({} as SpocBridge));
    expect(await saidOf(client.getSession({}))).toMatch(/no "getSession" call/);
  });
});
