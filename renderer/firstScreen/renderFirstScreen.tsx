/**
 * Browser mode's first screen, rendered by the server (electron/server/firstScreenThread) into the
 * page it serves, so that the outline is painted before the app's script has run; the page then
 * takes it over (main.tsx, hydrateRoot). The same components and the same store as the page, loaded
 * from the same first reads, so both render the same markup. Built on its own (out/server/firstScreen.cjs).
 */
import { renderToString } from 'react-dom/server';
import type { FirstReads } from '../../shared/api/firstScreen';
import { catalogsIn } from '../../shared/i18n/messages';
import type { UiLanguage } from '../../shared/i18n/languages';
import { createApiClient } from '../api/createApiClient';
import { withFirstReads } from '../api/withFirstReads';
import { AppRoot } from '../app/AppRoot';
import { createI18n } from '../i18n/createI18n';
import { createAppStore } from '../state/appStore';

/** An API that answers the first reads and nothing else: the first render asks for nothing more. */
function firstReadsOnly(reads: FirstReads) {
  const refuseAll = createApiClient(async (method) => ({ ok: false, error: { code: 'internal', message: `The first screen cannot call ${method}.` } }));
  return withFirstReads(refuseAll, reads);
}

// One i18next instance per language, made once: rendering only reads it, and making one takes ~5 ms.
const i18nByLanguage = new Map<UiLanguage, ReturnType<typeof createI18n>>();

/** The markup of the page's root for these first reads, in this language, for a window this high. */
export async function renderFirstScreen(language: UiLanguage, reads: FirstReads, screenHeight: number): Promise<string> {
  const store = createAppStore(firstReadsOnly(reads));
  await store.getState().loadSession();
  let i18n = i18nByLanguage.get(language);
  if (!i18n) i18nByLanguage.set(language, (i18n = createI18n(language, catalogsIn(language))));
  return renderToString(<AppRoot i18n={i18n} opening={{ store }} screenHeight={screenHeight} />);
}
