import path from 'node:path';

/**
 * Maps a URL path onto a file inside rootDir, or null when it would leave rootDir (`..`, encoded
 * separators, absolute paths, NUL bytes). The result still has to be checked for existence.
 */
export function resolveInsideDir(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}
