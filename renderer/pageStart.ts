/**
 * The renderer's first module to run: index.html loads it by an async script of its own
 * (scripts/pageStartEntryPlugin.mjs), which runs while the app's chunk is still being parsed, and
 * main.tsx imports it first. Starts what the first screen waits for, so that it travels while React,
 * i18next and the app are parsed and run: the session and the outline (renderer/api/withFirstReads)
 * and the interface language's catalogues.
 */
import type { AppApi } from '../shared/api/contract';
import { connectApi } from './api/connectApi';
import { withFirstReads } from './api/withFirstReads';
import { chooseLanguage, LANGUAGE_STORAGE_KEY } from './i18n/chooseLanguage';
import { loadUiCatalogs } from './i18n/loadUiCatalogs';

export const uiLanguage = chooseLanguage(localStorage.getItem(LANGUAGE_STORAGE_KEY), navigator.languages);
export const uiCatalogs = loadUiCatalogs(uiLanguage);

// A page that cannot connect (no session token) fails when the app connects, inside its crash boundary.
let connected: { api: AppApi } | { failure: unknown };
try {
  connected = { api: withFirstReads(connectApi()) };
} catch (failure) {
  connected = { failure };
}

/** The page's one API client, with the first reads already asked for. */
export function pageApi(): AppApi {
  if ('failure' in connected) throw connected.failure;
  return connected.api;
}
