import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_METHOD_NAMES, ipcChannelOf } from '../../../shared/api/methodNames';
import { MENU_COMMAND_CHANNEL, UI_LANGUAGE_CHANNEL, type DesktopBridge } from '../../../shared/api/desktopChannels';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
  send: vi.fn(),
  listeners: new Map<string, (event: unknown, payload: unknown) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => electron.listeners.set(channel, listener),
    removeListener: (channel: string) => electron.listeners.delete(channel),
  },
}));

describe('preload', () => {
  let exposed: Record<string, (input: unknown) => Promise<unknown>>;
  let desktop: DesktopBridge;

  beforeAll(async () => {
    await import('../../../electron/preload/preload');
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(2);
    const globals = Object.fromEntries(electron.exposeInMainWorld.mock.calls as Array<[string, unknown]>);
    expect(Object.keys(globals).sort()).toEqual(['spoc', 'spocDesktop']);
    exposed = globals.spoc as typeof exposed;
    desktop = globals.spocDesktop as DesktopBridge;
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

  it('passes on only the Edit menu commands it knows, until unsubscribed', () => {
    expect(Object.keys(desktop).sort()).toEqual(['onMenuCommand', 'setUiLanguage']);
    const received: string[] = [];
    const unsubscribe = desktop.onMenuCommand((command) => received.push(command));
    const deliver = (payload: unknown) => electron.listeners.get(MENU_COMMAND_CHANNEL)?.({}, payload);
    deliver('undo');
    deliver('redo');
    deliver('rm -rf');
    deliver({ toString: () => 'undo' });
    expect(received).toEqual(['undo', 'redo']);
    unsubscribe();
    expect(electron.listeners.has(MENU_COMMAND_CHANNEL)).toBe(false);
  });

  it('sends the interface language only when it is one the app speaks', () => {
    desktop.setUiLanguage('en');
    desktop.setUiLanguage('de' as 'fr');
    expect(electron.send.mock.calls).toEqual([[UI_LANGUAGE_CHANNEL, 'en']]);
  });
});
