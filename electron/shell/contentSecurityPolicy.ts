/**
 * The Content-Security-Policy sent with every page of the app, by the desktop protocol and the
 * browser-mode server alike. Inline styles are allowed because TipTap and React set style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The app page's policy when it may frame the test LMS page, which is served on an origin of its own. */
export function appPolicyFramingLmsTest(lmsTestOrigins: readonly string[]): string {
  return `${CONTENT_SECURITY_POLICY}; frame-src 'self' ${lmsTestOrigins.join(' ')}`;
}

/** Headers every response of ours carries, whatever it serves. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
