import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHOD_NAMES, ipcChannelOf } from '../../../shared/api/methodNames';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

describe('preload', () => {
  let exposed: Record<string, (input: unknown) => Promise<unknown>>;

  beforeAll(async () => {
    await import('../../../electron/preload/preload');
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, value] = electron.exposeInMainWorld.mock.calls[0] ?? [];
    expect(name).toBe('spoc');
    exposed = value;
  });

  it('exposes exactly one function per API method and nothing else', () => {
    expect(Object.keys(exposed).sort()).toEqual([...API_METHOD_NAMES].sort());
    for (const method of API_METHOD_NAMES) expect(typeof exposed[method]).toBe('function');
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it('sends each call on its own channel and returns the envelope main answers', async () => {
    for (const method of API_METHOD_NAMES) {
      const input = { probe: method };
      expect(await exposed[method]?.(input)).toEqual({ ok: true, value: { channel: ipcChannelOf(method), input } });
    }
    expect(electron.invoke).toHaveBeenCalledTimes(API_METHOD_NAMES.length);
  });
});
