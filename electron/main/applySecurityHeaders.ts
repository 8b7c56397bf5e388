import type { Session } from 'electron';
import { SECURITY_HEADERS } from '../shell/contentSecurityPolicy';
import { PREVIEW_HEADERS } from '../shell/previewFiles';
import { isAppPreviewUrl } from './appProtocol';

/** Adds our CSP and hardening headers to every response the window receives, whatever its source. */
export function applySecurityHeaders(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    const ours = new Set(Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()));
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (!ours.has(name.toLowerCase())) headers[name] = value;
    }
    // A preview page (the export's player) may be framed by our own page; everything else by none.
    const security = isAppPreviewUrl(details.url) ? PREVIEW_HEADERS : SECURITY_HEADERS;
    for (const [name, value] of Object.entries(security)) headers[name] = [value];
    callback({ responseHeaders: headers });
  });
}
