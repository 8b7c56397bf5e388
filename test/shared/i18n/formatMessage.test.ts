import { describe, expect, it } from 'vitest';
import { defineCatalog } from '../../../shared/i18n/catalog';
import { formatMessage } from '../../../shared/i18n/formatMessage';

const catalog = defineCatalog({
  fr: { weeks_zero: 'aucune semaine', weeks_one: '{{count}} semaine', weeks_other: '{{count}} semaines', hello: 'Bonjour {{name}}', size: '{{bytes}} octets au plus' },
  en: { weeks_zero: 'no week', weeks_one: '{{count}} week', weeks_other: '{{count}} weeks', hello: 'Hello {{name}}', size: 'at most {{bytes}} bytes' },
});

describe('formatMessage (the player, the review pack, the storyboard, exported files)', () => {
  it('picks the form for zero when there is one, then the plural form of each language', () => {
    expect([0, 1, 2].map((count) => formatMessage(catalog.fr, 'fr', 'weeks', { count }))).toEqual(['aucune semaine', '1 semaine', '2 semaines']);
    expect([0, 1, 2].map((count) => formatMessage(catalog.en, 'en', 'weeks', { count }))).toEqual(['no week', '1 week', '2 weeks']);
  });

  it('fills the slots, writes numbers the language’s way, and shows the key of a missing message', () => {
    expect(formatMessage(catalog.en, 'en', 'hello', { name: 'Nadia' })).toBe('Hello Nadia');
    expect(formatMessage(catalog.fr, 'fr', 'size', { bytes: 4096 })).toBe('4096 octets au plus');
    expect(formatMessage(catalog.en, 'en', 'size', { bytes: 4096 })).toBe('at most 4096 bytes');
    expect(formatMessage(catalog.fr, 'fr', 'weeks', { count: 1.5 })).toBe('1,5 semaine');
    expect(formatMessage(catalog.en, 'en', 'weeks', { count: 1.5 })).toBe('1.5 weeks');
    expect(formatMessage(catalog.fr, 'fr', 'absent')).toBe('absent');
  });
});
