/**
 * The renderer: React UI of SPOC Studio. It imports shared/ only and reaches the backend only
 * through renderer/api (window.spoc on the desktop, HTTP in browser mode).
 */
// First: starts the first reads and the catalogues before the rest of the bundle runs.
import { pageApi, uiCatalogs, uiLanguage } from './pageStart';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppRoot } from './app/AppRoot';
import type { Opening } from './app/ConnectedApp';
import { replayInput, takeEarlyInput } from './firstScreen/earlyInput';
import { createI18n } from './i18n/createI18n';
import { createAppStore } from './state/appStore';
import { FIRST_SCREEN_HEIGHT_ATTRIBUTE, FIRST_SCREEN_LANGUAGE_ATTRIBUTE, screenHeightFrom } from '../shared/api/firstScreen';
import './styles/tokens.css';
import './styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first screen the server rendered (browser mode), in this language: React takes it over as it is.
const renderedLanguage = root.getAttribute(FIRST_SCREEN_LANGUAGE_ATTRIBUTE);
const renderedHeight = screenHeightFrom(root.getAttribute(FIRST_SCREEN_HEIGHT_ATTRIBUTE));

/**
 * The store with its session (and, with a project open, its outline) loaded from the first reads
 * pageStart asked for: the first render is the workspace or the welcome screen, not a loading line
 * rendered, laid out and painted first (~100 ms of a page load).
 */
async function openStore(): Promise<Opening> {
  let store;
  try {
    store = createAppStore(pageApi());
  } catch (failure) {
    return { failure };
  }
  // A failure is kept by the store (its error notice), as for any action.
  await store.getState().loadSession();
  return { store };
}

// The interface language's catalogues were asked for by pageStart; the other language's load on a switch.
void Promise.all([uiCatalogs(), openStore()]).then(([catalogs, opening]) => {
  const i18n = createI18n(uiLanguage, catalogs);
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  // Another language (picked in another window since) is rendered anew, replacing what the server sent.
  const hydrating = renderedLanguage === i18n.language && 'store' in opening;
  const app = (
    <StrictMode>
      <AppRoot i18n={i18n} opening={opening} screenHeight={renderedHeight} onRunning={() => void replayInput(takeEarlyInput())} />
    </StrictMode>
  );
  if (hydrating) hydrateRoot(root, app);
  else createRoot(root).render(app);
});
