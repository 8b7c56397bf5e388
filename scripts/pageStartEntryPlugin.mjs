// Vite plugin: renderer/pageStart.ts (the first reads and the catalogues) is an entry of its own,
// loaded by an async module script of its own (after the page's CSP), which runs as soon as its own
// small graph is fetched and parsed: the first reads leave while the browser still parses the app's
// chunk (~330 KB, React DOM most of it) instead of after it. Vite merges the module scripts written
// in index.html into one entry, hence this plugin; main.tsx imports the same chunk, so both share
// one instance of the module (a module runs once per page). The chunks pageStart imports are preloaded
// beside it, marked: browser mode's server keeps these module preloads when it turns the app's into
// plain fetches (electron/server/firstScreenPage), so that pageStart still runs without waiting for a
// second fetch.
import path from 'node:path';

/** @param {string} entry absolute path of renderer/pageStart.ts */
export function pageStartEntryPlugin(entry) {
  return {
    name: 'spoc-page-start-entry',
    config(config) {
      const root = path.resolve(config.root ?? '.');
      return { build: { rollupOptions: { input: { index: path.join(root, 'index.html'), pageStart: entry } } } };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.isEntry && output.facadeModuleId === entry);
        if (!bundle) return html;
        if (!chunk) throw new Error(`pageStartEntryPlugin: no entry chunk for ${entry}`);
        const preloads = chunk.imports.map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}`, 'data-page-start': true }, injectTo: 'head' }));
        return [...preloads, { tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
