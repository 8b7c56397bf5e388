import { describe, expect, it } from 'vitest';
import { catalogs, SUPPORTED_LANGUAGES } from '../../../shared/i18n/messages';

const placeholdersOf = (message: string): string[] => [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe.each(Object.entries(catalogs))('catalog "%s"', (_namespace, catalog) => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.fr).sort());
  });

  it.each(SUPPORTED_LANGUAGES)('has no empty message in %s', (language) => {
    const empty = Object.entries(catalog[language] as Record<string, string>).filter(([, message]) => message.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const fr = catalog.fr as Record<string, string>;
    const en = catalog.en as Record<string, string>;
    const mismatched = Object.keys(fr).filter((key) => en[key] !== undefined && placeholdersOf(fr[key] ?? '').join() !== placeholdersOf(en[key] ?? '').join());
    expect(mismatched).toEqual([]);
  });
});
