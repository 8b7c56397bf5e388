import type { i18n as I18n } from 'i18next';

// i18next's t costs ~0.1 ms a call (key lookup, then interpolation over the result): strings repeated
// on every row of a long list are made once per language. Each component gets its own t, so they are
// kept by the i18n instance.
const kept = new WeakMap<I18n, Map<string, unknown>>();

/** What make() returns, made once per i18n instance, language and name. */
export function perLanguage<T>(i18n: I18n, name: string, make: () => T): T {
  let byName = kept.get(i18n);
  if (!byName) kept.set(i18n, (byName = new Map()));
  const key = `${i18n.language} ${name}`;
  if (!byName.has(key)) byName.set(key, make());
  return byName.get(key) as T;
}
