// Builds every room into out/: Node bundles (main, preload, server, CLI) with esbuild, the SCORM
// player with esbuild, the renderer with Vite. `npm start`, the CLI and the e2e tests run out/.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { asciiBundle } from './asciiBundle.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'out');

const nodeBundle = (entry, outfile, extra = {}) =>
  build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(out, outfile),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    // better-sqlite3 is a native addon; electron is provided by the runtime.
    external: ['electron', 'better-sqlite3'],
    alias: { 'js-yaml': path.join(root, 'scripts/stubs/noYaml.cjs') },
    logLevel: 'warning',
    ...extra,
  });

/** esbuild plugin: dynamic imports (views and catalogues loaded when needed) stay out of the bundle. */
const leaveOutLazyViews = {
  name: 'leave-out-lazy-views',
  setup(bundler) {
    bundler.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** Rewrites a bundle and its source map without any non-ASCII character (see asciiBundle.mjs). */
function makeAscii(bundle) {
  const file = path.join(out, bundle);
  const ascii = asciiBundle(readFileSync(file, 'utf8'), JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  writeFileSync(file, ascii.code);
  writeFileSync(`${file}.map`, JSON.stringify(ascii.map));
}

function buildRenderer() {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('renderer build failed');
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await Promise.all([
  nodeBundle('electron/main/main.ts', 'main/main.cjs'),
  // A sandboxed preload cannot require our modules, so it is bundled into one file.
  nodeBundle('electron/preload/preload.ts', 'preload/preload.cjs', { sourcemap: false }),
  // Browser mode: the bundle, started by a small loader that keeps V8's compiled code between starts.
  // Without spaces and with shorter syntax (names kept, for readable stacks): 30 % less to read at each start.
  // better-sqlite3's JavaScript goes in too (its native addon stays in node_modules, see betterSqliteAddon.cjs).
  nodeBundle('electron/server/serve.ts', 'server/serveApp.cjs', {
    minifyWhitespace: true,
    minifySyntax: true,
    external: ['electron', 'better-sqlite3/package.json'],
    alias: { 'js-yaml': path.join(root, 'scripts/stubs/noYaml.cjs'), bindings: path.join(root, 'scripts/stubs/betterSqliteAddon.cjs') },
  }),
  nodeBundle('electron/cli/spoc.ts', 'cli/spoc.cjs', { banner: { js: '#!/usr/bin/env node' } }),
  // Browser mode's first screen, rendered on the server's thread (electron/server/firstScreenThread.ts):
  // the app's components with React DOM's server renderer. The views loaded when opened stay out (a
  // first screen that shows one leaves it to the page), and so do the styles (the page has them).
  build({
    entryPoints: [path.join(root, 'renderer/firstScreen/renderFirstScreen.tsx')],
    outfile: path.join(out, 'server/firstScreen.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    jsx: 'automatic',
    minify: true,
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [leaveOutLazyViews],
    logLevel: 'warning',
  }),
  build({
    entryPoints: [path.join(root, 'scorm-templates/player/player.ts')],
    outfile: path.join(out, 'scorm-player/player.js'),
    bundle: true,
    format: 'iife',
    target: 'es2017',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  }),
  // The test LMS page of "Test as in the LMS", with scorm-again (the SCORM runtime it plays packages
  // against); only that page loads it, never the app's own bundle.
  build({
    entryPoints: [path.join(root, 'renderer/features/lmsTest/launcher/lmsLauncher.ts')],
    outfile: path.join(out, 'lms-launcher/lmsLauncher.js'),
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  }),
  // The review pack's script, inlined by the services into every pack they write.
  build({
    entryPoints: [path.join(root, 'scorm-templates/review/reviewPack.ts')],
    outfile: path.join(out, 'review-pack/review.js'),
    bundle: true,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  }),
]);
chmodSync(path.join(out, 'cli/spoc.cjs'), 0o755);
copyFileSync(path.join(root, 'scorm-templates/review/review.css'), path.join(out, 'review-pack/review.css'));
makeAscii('server/serveApp.cjs');
copyFileSync(path.join(root, 'scripts/codeCacheLoader.cjs'), path.join(out, 'server/serve.cjs'));
copyFileSync(path.join(root, 'scripts/runWithCodeCache.cjs'), path.join(out, 'server/runWithCodeCache.cjs'));
// The export copies the player from this one folder into every package.
copyFileSync(path.join(root, 'scorm-templates/sco.html'), path.join(out, 'scorm-player/sco.html'));
copyFileSync(path.join(root, 'scorm-templates/player/player.css'), path.join(out, 'scorm-player/player.css'));
buildRenderer();
console.log('built into out/');
