import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../shared/i18n/messages';
import { frenchTypography } from '../../../shared/i18n/frenchTypography';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

describe('French typography', () => {
  it('puts the right no-break space before high punctuation and inside guillemets', () => {
    expect(frenchTypography('Durée : 5 min ; budget dépassé !')).toBe(`Durée${NBSP}: 5 min${NNBSP}; budget dépassé${NNBSP}!`);
    expect(frenchTypography('Supprimer « {{title}} » ?')).toBe(`Supprimer «${NBSP}{{title}}${NBSP}»${NNBSP}?`);
    expect(frenchTypography('{{percent}} %')).toBe(`{{percent}}${NNBSP}%`);
    expect(frenchTypography('Attention! Vraiment?')).toBe(`Attention${NNBSP}! Vraiment${NNBSP}?`);
  });

  it('leaves times, addresses and placeholders alone', () => {
    for (const text of ['à 10:30', 'https://exemple.fr/a?b=1', '{{count}}:{{total}}', 'ratio 3:2', 'déjà au bon format\u00A0:']) {
      expect(frenchTypography(text)).toBe(text);
    }
  });

  it('is applied to every French catalogue string, none keeping an ordinary space before : ; ! ? % or inside « »', () => {
    const offenders = Object.entries(catalogs).flatMap(([namespace, catalog]) =>
      Object.entries<string>(catalog.fr)
        .filter(([, text]) => / [:;!?%»]|« /.test(text))
        .map(([key, text]) => `${namespace}:${key} = ${text}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never touches English', () => {
    const english = Object.values(catalogs).flatMap((catalog) => Object.values<string>(catalog.en));
    expect(english.some((text) => text.includes(NNBSP))).toBe(false);
  });
});
