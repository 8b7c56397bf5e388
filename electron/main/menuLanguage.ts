import type { Language } from '../../shared/model/course';

/** The menu follows the system: French on a French system, English otherwise. */
export function menuLanguage(preferredLocales: readonly string[]): Language {
  const first = preferredLocales[0]?.toLowerCase() ?? '';
  return first === 'fr' || first.startsWith('fr-') || first.startsWith('fr_') ? 'fr' : 'en';
}
