import type { AppApi } from '../../shared/api/contract';
import {
  APP_CHUNK_META_NAME,
  FIRST_READS_ELEMENT_ID,
  FIRST_SCREEN_HEIGHT_ATTRIBUTE,
  FIRST_SCREEN_LANGUAGE_ATTRIBUTE,
  type FirstReads,
  type FirstScreenRequest,
} from '../../shared/api/firstScreen';
import { callApi } from '../services/callApi';
import type { FirstScreenThread } from './firstScreenThread';

/** What browser mode's server puts in the page: the first screen's markup, what it was rendered for, and the reads it was rendered from (JSON). */
export interface FirstScreen extends FirstScreenRequest {
  readsJson: string;
  rootHtml: string;
}

/** The page's first reads, answered as the API answers the page; null when one fails (the page then asks, and says why). */
async function firstReadsOf(api: AppApi): Promise<FirstReads | null> {
  const session = await callApi(api, 'getSession', {});
  if (!session.ok) return null;
  const getSession = session.value as FirstReads['getSession'];
  if (getSession.project) {
    const outline = await callApi(api, 'getOutline', {});
    return outline.ok ? { getSession, getOutline: outline.value as FirstReads['getOutline'] } : null;
  }
  const projects = await callApi(api, 'listProjects', {});
  return projects.ok ? { getSession, listProjects: projects.value as FirstReads['listProjects'] } : null;
}

/** The first screen the request asks for, or null while the thread starts or when it cannot render one. */
export async function renderFirstScreenPage(api: AppApi, thread: FirstScreenThread, request: FirstScreenRequest): Promise<FirstScreen | null> {
  if (!thread.isReady()) return null;
  const reads = await firstReadsOf(api);
  if (!reads) return null;
  const readsJson = JSON.stringify(reads);
  const rootHtml = await thread.render(request, readsJson);
  return rootHtml === null ? null : { ...request, readsJson, rootHtml };
}

/**
 * index.html as served: the API token in its head and, when there is one, the first screen in its
 * root, with its reads in the head before the page's scripts (which read them) and the page's
 * language on <html>. The reads are JSON in a script element the browser never runs: `<` is written
 * escaped so that no text in the course can close that element.
 */
export function servedIndexHtml(indexHtml: string, token: string, first: FirstScreen | null): string {
  const head = [`<meta name="spoc-token" content="${token}">`];
  if (first) head.push(`<script type="application/json" id="${FIRST_READS_ELEMENT_ID}">${first.readsJson.replace(/</g, '\\u003c')}</script>`);
  let html = indexHtml.replace(/<head(\s[^>]*)?>/i, (tag) => `${tag}\n    ${head.join('\n    ')}`);
  if (first) {
    // The app's chunk and the chunks it imports are only fetched here, while the page is parsed:
    // preloaded as plain scripts, not compiled. renderer/pageStart runs the app's chunk after the
    // first screen's paint; compiled before it (as modulepreload does, even from the cache on a
    // reopen) they held that paint up (~20 ms, more on a busy machine). Asked for only after the
    // paint, a first open waited for their fetch too.
    const preloads: string[] = [];
    html = html
      .replace(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g, (_link, href: string) => {
        preloads.push(`<link rel="preload" as="script" crossorigin href="${href}">`);
        return '';
      })
      .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, (_script, src: string) => {
        preloads.unshift(`<link rel="preload" as="script" crossorigin href="${src}">`);
        return `<meta name="${APP_CHUNK_META_NAME}" content="${src}">`;
      })
      .replace('</body>', () => `${preloads.join('')}</body>`)
      .replace(/<html lang="[^"]*"/i, `<html lang="${first.language}"`)
      .replace('<div id="root"></div>', () => `<div id="root" ${FIRST_SCREEN_LANGUAGE_ATTRIBUTE}="${first.language}" ${FIRST_SCREEN_HEIGHT_ATTRIBUTE}="${first.screenHeight}">${first.rootHtml}</div>`);
  }
  return html;
}
