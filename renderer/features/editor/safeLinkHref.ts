const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/**
 * The link address to store for what the designer typed, or null when it is not an https or mailto
 * address (a capsule plays inside the client's LMS: no http, javascript: or file links).
 * A bare domain ("example.org/page") becomes https, a bare e-mail address becomes mailto.
 */
export function safeLinkHref(typed: string): string | null {
  const text = typed.trim();
  if (text === '' || /\s/.test(text)) return null;
  let candidate = text;
  if (/^[^@/:]+@[^@/:]+\.[^@/:]+$/.test(text)) candidate = `mailto:${text}`;
  else if (!/^[a-z][a-z\d+.-]*:/i.test(text)) candidate = `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'https:' && !url.hostname.includes('.')) return null;
  if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+\.[^@\s]+/.test(url.pathname)) return null;
  return url.href;
}
