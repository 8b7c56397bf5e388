import { describe, expect, it, vi } from 'vitest';
import type { HandlerDetails } from 'electron';
import { externalHttpsUrl, guardWebContents } from '../../../electron/main/guardWebContents';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: HandlerDetails) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: vi.fn((handler) => {
      openHandler = handler;
    }),
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    }),
  };
  const openExternal = vi.fn(async () => undefined);
  guardWebContents(contents as never, openExternal);
  const fire = (name: string, url = '') => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url } as HandlerDetails);
  return { fire, open, openExternal };
}

describe('guardWebContents', () => {
  it('denies every new window, and sends https links to the system browser', () => {
    const { open, openExternal } = fakeContents();
    expect(open('https://moodle.example.com/course')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://moodle.example.com/course');
  });

  it('never hands other schemes to the OS', () => {
    const { open, openExternal } = fakeContents();
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://spoc/index.html', 'not a url']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation away from the app origin and allows it inside', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'https://evil.example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///home/user/')).toBe(true);
    expect(fire('will-navigate', 'app://other/index.html')).toBe(true);
    expect(fire('will-navigate', 'app://spoc/index.html#outline')).toBe(false);
  });

  it('blocks redirects away from the app and every <webview>', () => {
    const { fire } = fakeContents();
    expect(fire('will-redirect', 'https://evil.example.com/')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('accepts only well-formed https URLs without credentials', () => {
    expect(externalHttpsUrl('https://scorm.com/x?y=1')).toBe('https://scorm.com/x?y=1');
    expect(externalHttpsUrl('https://user:pass@evil.com/')).toBeNull();
    expect(externalHttpsUrl('HTTP://example.com')).toBeNull();
    expect(externalHttpsUrl('')).toBeNull();
  });
});
