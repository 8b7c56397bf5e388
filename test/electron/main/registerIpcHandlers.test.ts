import { describe, expect, it } from 'vitest';
import { API_METHOD_NAMES, ipcChannelOf } from '../../../shared/api/methodNames';
import { isAppUrl } from '../../../electron/main/appProtocol';
import { registerIpcHandlers } from '../../../electron/main/registerIpcHandlers';
import { fakeAppApi } from '../server/fakeAppApi';

type Handler = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>;

function setUp() {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) };
  const { api, calls } = fakeAppApi();
  registerIpcHandlers(ipcMain as never, api, (frame) => isAppUrl(frame?.url));
  const invoke = (method: string, input: unknown, url: string | null = 'app://spoc/index.html') => {
    const handler = handlers.get(ipcChannelOf(method));
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler({ senderFrame: url === null ? null : { url } }, input);
  };
  return { handlers, calls, invoke };
}

describe('registerIpcHandlers', () => {
  it('registers exactly one channel per API method', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(API_METHOD_NAMES.map(ipcChannelOf).sort());
  });

  it('passes a valid call from our window to the services and answers the envelope', async () => {
    const { invoke, calls } = setUp();
    const result = await invoke('addModule', { title: 'Le rôle du manager' });
    expect(result).toEqual({ ok: true, value: { method: 'addModule', input: { title: 'Le rôle du manager' } } });
    expect(calls).toHaveLength(1);
  });

  it('rejects an invalid payload with invalid-input before the services see it', async () => {
    const { invoke, calls } = setUp();
    const result = (await invoke('addModule', { title: '', extra: true })) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.message).toMatch(/addModule/);
    expect(await invoke('deleteModule', 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses calls from any frame that is not our app origin', async () => {
    const { invoke, calls } = setUp();
    await expect(invoke('getSession', {}, 'https://evil.example.com/')).rejects.toThrow(/did not come from the SPOC Studio window/);
    await expect(invoke('getSession', {}, 'file:///tmp/page.html')).rejects.toThrow();
    await expect(invoke('getSession', {}, null)).rejects.toThrow();
    expect(calls).toHaveLength(0);
  });
});
