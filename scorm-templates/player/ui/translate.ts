import type { Language } from '../../../shared/model/course';
import { player } from '../../../shared/i18n/player';

type CatalogKey = keyof typeof player.fr;
/** A counted message is stored as `key_one` / `key_other` and asked for as `key` with a `count`. */
type PluralKey = CatalogKey extends infer Key ? (Key extends `${infer Base}_one` ? Base : never) : never;
export type MessageKey = Exclude<CatalogKey, `${string}_one` | `${string}_other`> | PluralKey;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The player's strings in the course's language, with {{name}} placeholders filled and real plurals (French: 0 and 1 are singular). */
export function createTranslator(language: Language): Translate {
  const messages: Record<string, string> = player[language] ?? player.fr;
  const numberFormat = new Intl.NumberFormat(language);
  const plurals = new Intl.PluralRules(language);
  return (key, values = {}) => {
    const count = values.count;
    const text = typeof count === 'number' ? (messages[`${key}_${plurals.select(count)}`] ?? messages[`${key}_other`]) : messages[key];
    return (text ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = values[name];
      return typeof value === 'number' ? numberFormat.format(value) : (value ?? '');
    });
  };
}
