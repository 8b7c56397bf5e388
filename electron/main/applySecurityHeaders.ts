import type { Session } from 'electron';
import { appPolicyFramingLmsTest, SECURITY_HEADERS } from '../shell/contentSecurityPolicy';
import { lmsTestHeaders } from '../shell/lmsTestFiles';
import { PREVIEW_HEADERS } from '../shell/previewFiles';
import { APP_ORIGIN, isAppPreviewUrl, isLmsTestUrl, LMS_TEST_ORIGIN } from './appProtocol';

const APP_HEADERS = { ...SECURITY_HEADERS, 'Content-Security-Policy': appPolicyFramingLmsTest([LMS_TEST_ORIGIN]) };
const LMS_TEST_HEADERS = lmsTestHeaders([APP_ORIGIN]);

/** Adds our CSP and hardening headers to every response the window receives, whatever its source. */
export function applySecurityHeaders(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    const ours = new Set(Object.keys(SECURITY_HEADERS).map((name) => name.toLowerCase()));
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (!ours.has(name.toLowerCase())) headers[name] = value;
    }
    // A preview page (the export's player) or the test LMS may be framed by our own page; everything else by none.
    const security = isAppPreviewUrl(details.url) ? PREVIEW_HEADERS : isLmsTestUrl(details.url) ? LMS_TEST_HEADERS : APP_HEADERS;
    for (const [name, value] of Object.entries(security)) headers[name] = [value];
    callback({ responseHeaders: headers });
  });
}
