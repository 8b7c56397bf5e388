import type { Language } from '../model/course';
import type { MessageCatalog } from './catalog';

type Params = Record<string, string | number>;

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The CLDR plural form of count in a language ("one" covers 0 and 1 in French, only 1 in English). */
function pluralForm(language: Language, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * A catalog message outside i18next (files written in the course's language): with a numeric
 * `count` param, `key_one` / `key_other` is picked as i18next would; `{{name}}` slots are filled.
 */
export function catalogText<Keys extends string>(catalog: MessageCatalog<Keys>, language: Language, key: string, params: Params = {}): string {
  const messages = catalog[language] as Record<string, string>;
  const plural = typeof params.count === 'number' ? messages[`${key}_${pluralForm(language, params.count)}`] ?? messages[`${key}_other`] : undefined;
  const template = plural ?? messages[key];
  if (template === undefined) throw new Error(`No message "${key}" in the ${language} catalog.`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}
