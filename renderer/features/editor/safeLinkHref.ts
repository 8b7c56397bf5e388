import { isAllowedLinkHref } from '../../../shared/editor/linkPolicy';

/**
 * The link address to store for what the designer typed, or null when the link policy refuses it
 * (shared/editor/linkPolicy: https and mailto only).
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
  if (!isAllowedLinkHref(url.href)) return null;
  if (url.protocol === 'https:' && !url.hostname.includes('.')) return null;
  if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+\.[^@\s]+/.test(url.pathname)) return null;
  return url.href;
}
