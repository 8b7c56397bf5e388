import { describe, expect, it } from 'vitest';
import { languageCookie } from '../../../renderer/i18n/chooseLanguage';
import { chooseUiLanguage as chooseLanguage } from '../../../shared/i18n/languages';
import { catalogsIn } from '../../../shared/i18n/messages';
import { addLanguage, createI18n } from '../../../renderer/i18n/createI18n';

describe('chooseLanguage', () => {
  it('follows a French system', () => {
    expect(chooseLanguage(null, ['fr-FR', 'en-US'])).toBe('fr');
    expect(chooseLanguage(null, ['fr'])).toBe('fr');
    expect(chooseLanguage(null, ['fr-CA'])).toBe('fr');
  });

  it('falls back to English for any other system language', () => {
    expect(chooseLanguage(null, ['de-DE', 'fr-FR'])).toBe('en');
    expect(chooseLanguage(null, ['fry'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });

  it('keeps the language the user picked, whatever the system says', () => {
    expect(chooseLanguage('en', ['fr-FR'])).toBe('en');
    expect(chooseLanguage('fr', ['en-US'])).toBe('fr');
  });

  it('ignores a remembered value it does not support', () => {
    expect(chooseLanguage('de', ['fr-FR'])).toBe('fr');
  });
});

describe('languageCookie', () => {
  it('reads the picked language among the cookies the page has', () => {
    expect(languageCookie('spoc-session-5173=abc; spoc-studio.language=en')).toBe('en');
    expect(languageCookie('spoc-studio.language=fr')).toBe('fr');
  });

  it('is null without that cookie, or with it empty', () => {
    expect(languageCookie('')).toBeNull();
    expect(languageCookie('other=en')).toBeNull();
    expect(languageCookie('spoc-studio.language=')).toBeNull();
  });
});

describe('createI18n', () => {
  it('translates flat dotted keys, plurals and placeholders in both languages', async () => {
    const i18n = createI18n('fr', catalogsIn('fr'));
    expect(i18n.hasResourceBundle('en', 'app'), 'English is loaded only on a switch').toBe(false);
    expect(i18n.t('app:save.saved')).toBe('✓ Enregistré');
    expect(i18n.t('outline:module.capsuleCount', { count: 1 })).toBe('1 capsule');
    expect(i18n.t('outline:module.capsuleCount', { count: 3 })).toBe('3 capsules');
    expect(i18n.t('outline:module.week', { week: 2 })).toBe('Semaine 2');
    addLanguage(i18n, 'en', catalogsIn('en'));
    await i18n.changeLanguage('en');
    expect(i18n.t('app:save.saved')).toBe('✓ Saved');
    expect(i18n.t('outline:module.capsuleCount', { count: 1 })).toBe('1 capsule');
    expect(i18n.t('outline:kind.live-session')).toBe('Virtual class');
  });
});
