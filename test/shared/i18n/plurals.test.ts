import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/formatMessage';
import { catalogs, SUPPORTED_LANGUAGES } from '../../../shared/i18n/messages';
import { uiI18n } from '../../renderer/support/uiI18n';

type Entry = { language: 'fr' | 'en'; namespace: string; key: string; text: string };
const everyMessage = (): Entry[] =>
  Object.entries(catalogs).flatMap(([namespace, catalog]) =>
    SUPPORTED_LANGUAGES.flatMap((language) => Object.entries(catalog[language] as Record<string, string>).map(([key, text]) => ({ language, namespace, key, text }))),
  );
const name = ({ language, namespace, key }: Entry) => `${language} ${namespace}:${key}`;

// Slots that never hold a count of things: a platform's name, a duration, a tolerance, an id, a name or a path.
const NOT_A_COUNT = new Set(['lms', 'duration', 'tolerance', 'id', 'sha256', 'name', 'file', 'folder', 'path', 'entry', 'method', 'status', 'sco']);
// Sizes of files and commits in bytes and of names in characters: never 0 or 1 where these messages are shown.
const SIZE_IN_UNITS = new Set(['bytes', 'size', 'expected', 'actual', 'length']);
// Fixed limits of the product (at least 2 by construction): "at least {{minimum}} answers" is always plural.
const FIXED_LIMIT = new Set(['min', 'max', 'minimum', 'maximum', 'limit', 'chars', 'correctCount']);
// Units and words ending in s that are not plurals ("5 s", "Blank 2 has…", "à 0,5 près").
const NOT_A_PLURAL = new Set(['s', 'has', 'is', 'was', 'this', 'près', 'plus']);

// Counts shown only when above a limit of at least 2: always plural.
const ABOVE_A_LIMIT = new Set(['zipTooManyFiles']);

describe('plurals in the catalogues', () => {
  it('no message hedges with "(s)"', () => {
    expect(everyMessage().filter(({ text }) => /\((s|x|es)\)/.test(text)).map(name)).toEqual([]);
  });

  it('a count followed by a plural word is a plural message (key_one / key_other), never one text for every count', () => {
    const countInString = everyMessage().filter(({ key, text }) => {
      if (/_(one|other)$/.test(key)) return false;
      return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}[\s\u00a0\u202f]+(\p{L}+)/gu)].some(([, slot, word]) => !NOT_A_COUNT.has(slot!) && !FIXED_LIMIT.has(slot!) && !SIZE_IN_UNITS.has(slot!) && !ABOVE_A_LIMIT.has(key) && !NOT_A_PLURAL.has(word!) && /[sx]$/.test(word!));
    });
    expect(countInString.map((entry) => `${name(entry)}: ${entry.text}`)).toEqual([]);
  });

  it('every plural message has its "one" and "other" forms in both languages', () => {
    const incomplete = everyMessage()
      .filter(({ key }) => /_(one|other)$/.test(key))
      .filter(({ language, namespace, key }) => {
        const messages = catalogs[namespace as keyof typeof catalogs][language] as Record<string, string>;
        const base = key.replace(/_(one|other)$/, '');
        return messages[`${base}_one`] === undefined || messages[`${base}_other`] === undefined;
      });
    expect(incomplete.map(name)).toEqual([]);
  });
});

describe('plural forms for 0, 1 and 2: 0 and 1 are singular in French, only 1 in English', () => {
  const i18n = { fr: uiI18n('fr'), en: uiI18n('en') };
  const cases = [
    ['media:summary', { size: '2 Mo' }, { fr: ['0 fichier · 2 Mo', '1 fichier · 2 Mo', '2 fichiers · 2 Mo'], en: ['0 files · 2 Mo', '1 file · 2 Mo', '2 files · 2 Mo'] }],
    ['outline:summary.modules', {}, { fr: ['0 module', '1 module', '2 modules'], en: ['0 modules', '1 module', '2 modules'] }],
    ['player:capsulesSeen', { total: 3 }, { fr: ['0 capsule vue sur 3', '1 capsule vue sur 3', '2 capsules vues sur 3'], en: ['0 of 3 capsules viewed', '1 of 3 capsules viewed', '2 of 3 capsules viewed'] }],
    ['checks:summary.errors', {}, { fr: ['0 erreur', '1 erreur', '2 erreurs'], en: ['0 errors', '1 error', '2 errors'] }],
    ['pacing:overBudgetWeeks', {}, { fr: ['0 semaine au-dessus du budget', '1 semaine au-dessus du budget', '2 semaines au-dessus du budget'], en: ['0 weeks over budget', '1 week over budget', '2 weeks over budget'] }],
  ] as const;

  it.each(cases)('%s in the app (i18next) and outside it (the shared formatter)', (key, params, expected) => {
    for (const language of SUPPORTED_LANGUAGES) {
      const [namespace, messageKey] = key.split(':') as [keyof typeof catalogs, string];
      const app = [0, 1, 2].map((count) => i18n[language].t(key, { ...params, count }));
      const outside = [0, 1, 2].map((count) => formatMessage(catalogs[namespace][language] as Record<string, string>, language, messageKey, { ...params, count }));
      expect(app, `${language} in the app`).toEqual(expected[language]);
      expect(outside, `${language} outside the app`).toEqual(expected[language]);
    }
  });

  it('every plural message of both languages picks "one" and "other" as the language says', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const singular = language === 'fr' ? [0, 1] : [1];
      for (const { namespace, key, text } of everyMessage().filter((entry) => entry.language === language && entry.key.endsWith('_one'))) {
        const base = key.slice(0, -'_one'.length);
        const other = (catalogs[namespace as keyof typeof catalogs][language] as Record<string, string>)[`${base}_other`]!;
        const messages = catalogs[namespace as keyof typeof catalogs][language] as Record<string, string>;
        // A message of its own for zero ("taught by no capsule") takes precedence, as i18next does.
        for (const count of messages[`${base}_zero`] === undefined ? [0, 1, 2] : [1, 2]) {
          const expected = (singular.includes(count) ? text : other).replaceAll('{{count}}', String(count));
          const shown = i18n[language].t(`${namespace}:${base}`, { count });
          expect(shown.replace(/\{\{\s*\w+\s*\}\}/g, ''), `${language} ${namespace}:${base} for ${count}`).toBe(expected.replace(/\{\{\s*\w+\s*\}\}/g, ''));
        }
      }
    }
  });
});
