import type { Language } from '../model/course';

export type MessageParams = Record<string, string | number>;

/** A message's key as callers name it: plural forms without their `_zero` / `_one` / `_other` suffix (the `count` param picks one). */
export type MessageKey<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'other'}` ? Base : K;

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function cached<T>(cache: Map<Language, T>, language: Language, make: () => T): T {
  let value = cache.get(language);
  if (value === undefined) {
    value = make();
    cache.set(language, value);
  }
  return value;
}

/** The CLDR plural form of count ("one" covers 0 and 1 in French, only 1 in English), as i18next picks it. */
function pluralForm(language: Language, count: number): Intl.LDMLPluralRule {
  return cached(pluralRules, language, () => new Intl.PluralRules(language)).select(count);
}

/**
 * The one message formatter outside i18next (the player, the review pack, the storyboard, exported
 * files and the CLI): with a numeric `count` param, `key_zero` (for 0, when there is one), `key_one`
 * or `key_other` is picked as i18next would; `{{name}}` slots are filled, decimals written the
 * language's way. A missing message shows its key rather than breaking the page that asked for it.
 */
export function formatMessage(messages: Readonly<Record<string, string>>, language: Language, key: string, params: MessageParams = {}): string {
  const { count } = params;
  const plural =
    typeof count === 'number' ? ((count === 0 ? messages[`${key}_zero`] : undefined) ?? messages[`${key}_${pluralForm(language, count)}`] ?? messages[`${key}_other`]) : undefined;
  return fillSlots(plural ?? messages[key] ?? key, language, params);
}

/** Fills the `{{name}}` slots of one message (unknown slots are left as they are). */
function fillSlots(template: string, language: Language, params: MessageParams = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (slot, name: string) => {
    const value = params[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

/** Decimals the language's way (1,5 in French); no grouping, as slots also hold ids, years and ports. */
function formatNumber(language: Language, value: number): string {
  // Made at the first number only: a process's first Intl.NumberFormat costs ~16 ms of CPU (ICU data), too much for a start.
  return cached(numberFormats, language, () => new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 2 })).format(value);
}
