import { describe, expect, it } from 'vitest';
import { errors } from '../../shared/i18n/errors';
import { LANGUAGE_STORAGE_KEY } from '../../renderer/i18n/chooseLanguage';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

const app = launchAppForEachTest();

describe('crash screen', () => {
  // The renderer's own errors carry only their catalogue key (the errors catalogue is not bundled
  // before the first paint): the crash screen must say them from the interface's catalogue.
  it('says in the interface language how to start the app when the page has no session token', async () => {
    const { page } = app;
    app.allowProblems(/noSessionToken/);
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      const html = (await response.text()).replace(/<meta name="spoc-token"[^>]*>/, '');
      await route.fulfill({ response, body: html });
    });
    await page.reload();
    const crash = page.getByRole('alert');
    await expect.poll(() => crash.innerText()).toContain(errors.fr.noSessionToken);
    await screenshot(page, 'crash-no-token-fr');

    await page.evaluate((key) => localStorage.setItem(key, 'en'), LANGUAGE_STORAGE_KEY);
    await page.reload();
    await crash.waitFor();
    await expect.poll(() => crash.innerText()).toContain(errors.en.noSessionToken);
    expect(await crash.innerText()).not.toMatch(/noSessionToken/);
  });
});
