import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { catalogsIn } from '../../../../shared/i18n/messages';
import { WeekOptions } from '../../../../renderer/features/pacing/WeekOptions';
import { uiI18n } from '../../support/uiI18n';

describe('WeekOptions', () => {
  it('names the weeks in the interface language, also after a switch (its labels are kept between rows)', async () => {
    const i18n = uiI18n('fr');
    const options = (weekCount: number) =>
      renderToStaticMarkup(
        <I18nextProvider i18n={i18n}>
          <select>
            <WeekOptions weekCount={weekCount} />
          </select>
        </I18nextProvider>,
      );
    expect(options(2)).toContain('>Semaine 2</option>');
    expect(options(3)).toContain('>Semaine 3</option>');
    for (const [namespace, resources] of Object.entries(catalogsIn('en'))) i18n.addResourceBundle('en', namespace, resources);
    await i18n.changeLanguage('en');
    expect(options(3)).toContain('>Week 3</option>');
    expect(options(3)).not.toContain('Semaine');
  });
});
