/** French when the POSIX locale says so (LC_ALL, then LC_MESSAGES, then LANG, as setlocale reads them); English otherwise. */
export function localeLanguage(env: Record<string, string | undefined>): 'fr' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr([_.@-]|$)/i.test(locale) ? 'fr' : 'en';
}
