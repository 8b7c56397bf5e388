import { describe, expect, it } from 'vitest';
import { catalogsIn } from '../../../shared/i18n/messages';
import { addLanguage, createI18n } from '../../../renderer/i18n/createI18n';
import { perLanguage } from '../../../renderer/i18n/perLanguage';
import { outlineRowLabels } from '../../../renderer/features/outline/outlineRowLabels';

describe('perLanguage', () => {
  it('makes a value once per i18n instance and language, and again in another language', async () => {
    const i18n = createI18n('fr', catalogsIn('fr'));
    let made = 0;
    const make = () => ++made;
    expect(perLanguage(i18n, 'counter', make)).toBe(1);
    expect(perLanguage(i18n, 'counter', make)).toBe(1);
    expect(perLanguage(createI18n('fr', catalogsIn('fr')), 'counter', make)).toBe(2);
    addLanguage(i18n, 'en', catalogsIn('en'));
    await i18n.changeLanguage('en');
    expect(perLanguage(i18n, 'counter', make)).toBe(3);
  });

  it("gives the outline rows' labels in the interface language, after a switch too", async () => {
    const i18n = createI18n('fr', catalogsIn('fr'));
    expect(outlineRowLabels(i18n)).toMatchObject({ kinds: { video: 'Vidéo', assessment: 'Évaluation' }, rename: i18n.t('outline:rename') });
    addLanguage(i18n, 'en', catalogsIn('en'));
    await i18n.changeLanguage('en');
    expect(outlineRowLabels(i18n)).toMatchObject({ kinds: { video: 'Video', assessment: 'Assessment' }, rename: i18n.t('outline:rename') });
  });
});
