// Browser mode's start evaluates every module its entry imports statically (issue 13: start < 2 × a
// bare node server). The libraries of Word, docx, zip, XML, diffs and the editor's schema cost tens of
// ms to evaluate and serve no first request: they must stay behind a dynamic import (lazyDomain, or an
// import() inside the call that needs them).
import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const LOADED_WHEN_USED = ['docx', 'mammoth', 'jszip', 'xmlbuilder2', '@xmldom/xmldom', 'diff', '@tiptap/core', 'prosemirror-model'];

/** Every module the server's entry reaches through static imports, with the importer that brought it. */
async function startImports(): Promise<Map<string, string | null>> {
  const { metafile } = await build({
    entryPoints: [path.join(root, 'electron/server/serve.ts')],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    outfile: 'serveApp.cjs',
    platform: 'node',
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
    alias: { 'js-yaml': path.join(root, 'scripts/stubs/noYaml.cjs') },
    logLevel: 'silent',
  });
  const entry = 'electron/server/serve.ts';
  const reached = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imported of metafile.inputs[file]?.imports ?? []) {
      if (imported.external || imported.kind === 'dynamic-import' || reached.has(imported.path)) continue;
      reached.set(imported.path, file);
      queue.push(imported.path);
    }
  }
  return reached;
}

/** The chain of importers from the entry to file, to say which import to make lazy. */
function chainTo(reached: Map<string, string | null>, file: string): string {
  const chain: string[] = [];
  for (let at: string | null | undefined = file; at; at = reached.get(at)) chain.unshift(at);
  return chain.join(' → ');
}

describe('browser-mode start', () => {
  it('does not evaluate the heavy libraries that only some calls use', async () => {
    const reached = await startImports();
    const packageOf = (file: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
    const eager = [...reached.keys()].filter((file) => LOADED_WHEN_USED.includes(packageOf(file) ?? ''));
    const firstOfEach = LOADED_WHEN_USED.map((name) => eager.find((file) => packageOf(file) === name)).filter((file) => file !== undefined);
    expect(firstOfEach.map((file) => chainTo(reached, file))).toEqual([]);
  }, 60_000);
});
