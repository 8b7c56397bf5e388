import type { Event, WebContents } from 'electron';
import { isAppUrl } from './appProtocol';

/** Parses a link the UI wants opened outside the app; only plain https: URLs qualify. */
export function externalHttpsUrl(rawUrl: string): string | null {
  try {
    const url = new URL(rawUrl);
    if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
    return url.toString();
  } catch {
    return null;
  }
}

type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/**
 * Keeps a window on our own UI: no new windows (https links go to the system browser instead),
 * no navigation to other origins, no <webview>.
 */
export function guardWebContents(contents: GuardedContents, openExternal: (url: string) => Promise<void>): void {
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalHttpsUrl(url);
    if (external) void openExternal(external).catch(() => undefined);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event: Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event: Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: Event) => {
    event.preventDefault();
  });
}
