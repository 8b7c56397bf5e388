/**
 * The renderer: React UI of SPOC Studio. It imports shared/ only and reaches the backend only
 * through renderer/api (window.spoc on the desktop, HTTP in browser mode).
 */
// First: starts the first reads and the catalogues before the rest of the bundle runs.
import { uiCatalogs, uiLanguage } from './pageStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { AppCrashBoundary } from './app/AppCrashBoundary';
import { ConnectedApp } from './app/ConnectedApp';
import { createI18n } from './i18n/createI18n';
import './styles/tokens.css';
import './styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const reactRoot = createRoot(root);

// The interface language's catalogues were asked for by pageStart; the other language's load on a switch.
void uiCatalogs.then((catalogs) => {
  const i18n = createI18n(uiLanguage, catalogs);
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  reactRoot.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppCrashBoundary>
          <ConnectedApp />
        </AppCrashBoundary>
      </I18nextProvider>
    </StrictMode>,
  );
});
