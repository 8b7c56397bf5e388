import type { UiLanguage } from '../i18n/languages';
import type { ApiOutput } from './contract';

/**
 * The reads a page's first screen is made from, as the backend answered them: the session, then the
 * outline when a project is open, else the known projects. Browser mode's server puts them in the
 * page it serves, with the first screen it rendered from them; the page starts from the same answers.
 */
export interface FirstReads {
  getSession: ApiOutput<'getSession'>;
  getOutline?: ApiOutput<'getOutline'>;
  listProjects?: ApiOutput<'listProjects'>;
}

/** The id of the page's element holding the first reads, as JSON. */
export const FIRST_READS_ELEMENT_ID = 'spoc-first-reads';

/** The attribute of the page's root saying in which language the server rendered what it holds. */
export const FIRST_SCREEN_LANGUAGE_ATTRIBUTE = 'data-first-screen';

/** The meta element naming the app's chunk when the page comes with a first screen: index.html only fetches it then, pageStart runs it after that screen's paint. */
export const APP_CHUNK_META_NAME = 'spoc-app-chunk';

/** The attribute of the page's root saying for which screen height the server rendered what it holds. */
export const FIRST_SCREEN_HEIGHT_ATTRIBUTE = 'data-first-screen-height';

/** The cookie in which the page tells the server its window's height, for the next first screen's rows. */
export const SCREEN_HEIGHT_COOKIE = 'spoc-studio.screen-height';

/** The height a first screen is rendered for when the page has not said its own: a common laptop screen's. */
export const DEFAULT_SCREEN_HEIGHT = 1080;

/** The height the cookie says, if it is one a window can have, else the default. */
export function screenHeightFrom(cookie: string | null | undefined): number {
  const height = Number(cookie);
  return cookie && Number.isInteger(height) && height >= 200 && height <= 10_000 ? height : DEFAULT_SCREEN_HEIGHT;
}

/** What a page request asks of its first screen: the language, and the window height to fill. */
export interface FirstScreenRequest {
  language: UiLanguage;
  screenHeight: number;
}
