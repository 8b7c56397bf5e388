// Vite plugin: `virtual:ui-catalogs/<language>` is every UI namespace of one language, as JSON.
// Each shared/i18n catalogue file defines French and English side by side; evaluating them here, at
// build time, lets the renderer load only the interface's language before its first paint (the
// other loads when the user switches). French typography is already applied: the catalogues are
// evaluated through defineCatalog, as at run time.
import { Buffer } from 'node:buffer';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const PREFIX = 'virtual:ui-catalogs/';

/**
 * @param {string} root the repository root
 * @param {readonly string[]} leaveOut namespaces the renderer never shows (renderer/i18n/leftOutNamespaces.ts)
 * @param {string} preloaded the language whose chunk index.html preloads (the product's first language)
 */
export function uiCatalogsPlugin(root, leaveOut, preloaded) {
  const i18nDir = path.join(root, 'shared/i18n');
  const entry = path.join(i18nDir, 'messages.ts');
  return {
    name: 'spoc-ui-catalogs',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const language = id.slice(PREFIX.length + 1);
      for (const file of readdirSync(i18nDir)) this.addWatchFile(path.join(i18nDir, file));
      const { catalogsIn, SUPPORTED_LANGUAGES } = await evaluateMessages(entry);
      if (!SUPPORTED_LANGUAGES.includes(language)) throw new Error(`${id}: no UI catalogues for "${language}"`);
      // JSON.parse of one string is faster for the browser than the same object as a JS literal.
      const catalogs = Object.fromEntries(Object.entries(catalogsIn(language)).filter(([namespace]) => !leaveOut.includes(namespace)));
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalogs))});`;
    },
    // Fetched with the app's chunk rather than after it has run (the first render waits for it).
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.facadeModuleId === `\0${PREFIX}${preloaded}`);
        return chunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }] : html;
      },
    },
  };
}

async function evaluateMessages(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}#${pathToFileURL(entry).href}`);
}
