import { describe, expect, it } from 'vitest';
import { defineCatalog } from '../../../shared/i18n/catalog';
import { catalogText } from '../../../shared/i18n/catalogText';

const catalog = defineCatalog({
  fr: { weeks_one: '{{count}} semaine', weeks_other: '{{count}} semaines', hello: 'Bonjour {{name}}' },
  en: { weeks_one: '{{count}} week', weeks_other: '{{count}} weeks', hello: 'Hello {{name}}' },
});

describe('catalogText', () => {
  it('picks the plural form of each language: 0 and 1 are singular in French, only 1 in English', () => {
    expect([0, 1, 2].map((count) => catalogText(catalog, 'fr', 'weeks', { count }))).toEqual(['0 semaine', '1 semaine', '2 semaines']);
    expect([0, 1, 2].map((count) => catalogText(catalog, 'en', 'weeks', { count }))).toEqual(['0 weeks', '1 week', '2 weeks']);
  });

  it('fills the slots and says which message is missing', () => {
    expect(catalogText(catalog, 'en', 'hello', { name: 'Nadia' })).toBe('Hello Nadia');
    expect(() => catalogText(catalog, 'fr', 'absent')).toThrow('No message "absent" in the fr catalog.');
  });
});
