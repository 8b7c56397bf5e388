import type { Session } from 'electron';
import { SECURITY_HEADERS } from '../server/contentSecurityPolicy';

/** Adds our CSP and hardening headers to every response the window receives, whatever its source. */
export function applySecurityHeaders(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    const ours = new Set(Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()));
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (!ours.has(name.toLowerCase())) headers[name] = value;
    }
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers[name] = [value];
    callback({ responseHeaders: headers });
  });
}
