import type { Language } from '../../../shared/model/course';
import { player } from '../../../shared/i18n/player';

export type MessageKey = keyof typeof player.fr;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The player's strings in the course's language, with {{name}} placeholders filled. */
export function createTranslator(language: Language): Translate {
  const messages = player[language] ?? player.fr;
  const numberFormat = new Intl.NumberFormat(language);
  return (key, values = {}) =>
    messages[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = values[name];
      return typeof value === 'number' ? numberFormat.format(value) : (value ?? '');
    });
}
