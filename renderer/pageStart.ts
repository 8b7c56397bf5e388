/**
 * The renderer's first module to run: index.html loads it by an async script of its own
 * (scripts/pageStartEntryPlugin.mjs), which runs while the app's chunk is still being parsed, and
 * main.tsx imports it first. Starts what the first screen waits for, so that it travels while React,
 * i18next and the app are parsed and run: the interface language's catalogues, and the session and
 * the outline (renderer/api/withFirstReads). When the server already put a first screen in the page,
 * with the reads it rendered it from (browser mode, electron/server/firstScreenThread), the app and
 * its catalogues are only asked for once that screen is painted.
 */
import type { AppApi } from '../shared/api/contract';
import { APP_CHUNK_META_NAME, FIRST_READS_ELEMENT_ID, SCREEN_HEIGHT_COOKIE, type FirstReads } from '../shared/api/firstScreen';
import { chooseUiLanguage } from '../shared/i18n/languages';
import { connectApi } from './api/connectApi';
import { keepEarlyInput } from './firstScreen/earlyInput';
import { withFirstReads } from './api/withFirstReads';
import { LANGUAGE_STORAGE_KEY, languageCookie, setLanguageCookie } from './i18n/chooseLanguage';
import type { UiCatalogs } from './i18n/createI18n';
import { loadUiCatalogs } from './i18n/loadUiCatalogs';

// The server makes the same choice, from the cookie and the browser's languages (sent as Accept-Language).
const picked = localStorage.getItem(LANGUAGE_STORAGE_KEY);
if (picked) setLanguageCookie(picked);
export const uiLanguage = chooseUiLanguage(picked ?? languageCookie(document.cookie), navigator.languages);
// The server renders the next first screen's rows for this window's height (a session cookie).
document.cookie = `${SCREEN_HEIGHT_COOKIE}=${Math.round(innerHeight)}; Path=/; SameSite=Strict`;

/** The first reads the server put in the page (it sits before this script in index.html), or undefined. */
function answeredInPage(): FirstReads | undefined {
  const text = document.getElementById(FIRST_READS_ELEMENT_ID)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as FirstReads;
  } catch {
    return undefined;
  }
}

// A page that cannot connect (no session token) fails when the app connects, inside its crash boundary.
let connected: { api: AppApi } | { failure: unknown };
try {
  connected = { api: withFirstReads(connectApi(), answeredInPage()) };
} catch (failure) {
  connected = { failure };
}

let catalogs: Promise<UiCatalogs> | undefined;
/** The interface language's catalogues, asked for once (below: at once, or with the app's chunk). */
export function uiCatalogs(): Promise<UiCatalogs> {
  return (catalogs ??= loadUiCatalogs(uiLanguage));
}

// With the first screen from the server, index.html only fetches the app's chunks and names the one
// to run (electron/server/firstScreenPage): it runs here, and the catalogues are asked for, after that
// screen's paint. Compiled before it (cached, on a reopen), they would hold that paint up.
const appChunk = document.querySelector<HTMLMetaElement>(`meta[name="${APP_CHUNK_META_NAME}"]`)?.content;
if (appChunk) {
  keepEarlyInput();
  requestAnimationFrame(() =>
    setTimeout(() => {
      void uiCatalogs();
      void import(/* @vite-ignore */ new URL(appChunk, document.baseURI).href);
    }),
  );
} else {
  void uiCatalogs();
}

/** The page's one API client, with the first reads already asked for. */
export function pageApi(): AppApi {
  if ('failure' in connected) throw connected.failure;
  return connected.api;
}
