/** The value of the cookie called name in a Cookie header (or document.cookie), as it is written; null when absent. */
export function cookieValue(cookies: string | undefined, name: string): string | null {
  for (const part of (cookies ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
