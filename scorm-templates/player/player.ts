// The learner-side SCORM player shipped in every package: dependency-free, offline, no request
// outside the package. It imports only pure shared code (types, scoring, the player's strings).
import type { PlayerData } from '../../shared/export/playerData';
import { PlayerApp } from './playerApp';
import { findLmsApi } from './scorm/findLmsApi';
import { LmsSession } from './scorm/lmsSession';
import { dialectOf } from './scorm/scormDialect';
import { Tracker } from './tracker';
import { flattenCapsules } from '../../shared/export/resumeState';
import { createTranslator } from './ui/translate';

declare global {
  interface Window {
    SPOC_DATA?: PlayerData;
  }
}

// SuccessFactors-like LMSs end idle sessions after ~30 minutes.
const KEEP_ALIVE_MS = 5 * 60_000;

function boot(): void {
  const root = document.getElementById('spoc-player') ?? document.body;
  const data = window.SPOC_DATA;
  const language = data?.language ?? (document.documentElement.lang === 'en' ? 'en' : 'fr');
  const t = createTranslator(language);
  if (!data || !Array.isArray(data.modules)) {
    root.replaceChildren(Object.assign(document.createElement('p'), { className: 'spoc-error', textContent: t('noData') }));
    return;
  }
  const found = data.scormVersion ? findLmsApi(window, dialectOf(data.scormVersion)) : null;
  const session = new LmsSession(found, (call, code, message) => console.warn(`SCORM ${call} failed (${code}): ${message}`));
  const tracker = new Tracker(data, flattenCapsules(data), session);
  const app = new PlayerApp(data, tracker, t, !found);
  app.start(root);

  let keepAlive = window.setInterval(() => tracker.keepAlive(), KEEP_ALIVE_MS);
  // pagehide and visibilitychange fire where unload does not (mobile, back-forward cache).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') tracker.checkpoint();
  });
  const finish = () => {
    window.clearInterval(keepAlive);
    app.finish();
  };
  window.addEventListener('pagehide', finish);
  // Back-forward cache: the page is alive again but pagehide closed its session.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    tracker.reopen();
    keepAlive = window.setInterval(() => tracker.keepAlive(), KEEP_ALIVE_MS);
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
