// The scripts loaded before the first paint (index.html's module and its preloads, as built in out/)
// hold neither the editor (TipTap / ProseMirror) nor the quiz editor or the pacing board: those load
// when their place is opened. Run after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT_NAMESPACES } from '../../renderer/i18n/leftOutNamespaces';

const rendererDir = path.resolve(__dirname, '../../out/renderer');

function firstPaintScripts(): { name: string; code: string }[] {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const names = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  // The interface language's catalogues load before the first render (French is the larger).
  // (index.html preloads it: counted once.)
  names.push(...readdirSync(path.join(rendererDir, 'assets')).filter((name) => /^ui-catalogs-fr-.*\.js$/.test(name)).map((name) => `assets/${name}`).filter((name) => !names.includes(name)));
  return names.map((name) => ({ name, code: readFileSync(path.join(rendererDir, name), 'utf8') }));
}

describe('renderer bundle before first paint', () => {
  it('leaves the editor, the quiz editor and the pacing board to chunks loaded on demand', () => {
    const scripts = firstPaintScripts();
    expect(scripts.length).toBeGreaterThan(0);
    for (const { name, code } of scripts) {
      expect(code.includes('ProseMirror'), `${name} holds ProseMirror`).toBe(false);
    }
    const chunks = readdirSync(path.join(rendererDir, 'assets'));
    expect(scripts.some(({ name }) => name.startsWith('assets/ui-catalogs-fr-')), 'French catalogues chunk').toBe(true);
    for (const { name, code } of scripts) {
      expect(code.includes('Give the course a title.'), `${name} holds the English catalogues`).toBe(false);
    }
    for (const lazyView of ['CapsuleEditorView', 'QuizView', 'PacingView', 'CohortsView', 'ChecksView', 'FramingView', 'MediaView', 'ObjectivesView', 'ReviewView']) {
      expect(chunks.some((chunk) => chunk.startsWith(`${lazyView}-`) && chunk.endsWith('.js')), lazyView).toBe(true);
    }
    const gzipped = scripts.reduce((sum, { code }) => sum + gzipSync(code, { level: 9 }).length, 0);
    console.log(`renderer JS before first paint: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  });

  it('fetches the French catalogues with the app chunk, not after it has run', () => {
    const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="modulepreload"[^>]* href="\.\/assets\/ui-catalogs-fr-[^"]+\.js"/);
  });

  it('starts the first reads from a small script of its own, which does not wait for the app chunk to be parsed', () => {
    const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    const pageStart = html.match(/<script type="module" async[^>]* src="\.\/(assets\/pageStart-[^"]+\.js)"/)?.[1];
    expect(pageStart, 'async module script for pageStart').toBeDefined();
    const app = html.match(/<script type="module"(?! async)[^>]* src="\.\/(assets\/[^"]+\.js)"/)?.[1];
    expect(app).toBeDefined();
    // The app imports the same chunk (one instance of the module, one set of first reads).
    expect(readFileSync(path.join(rendererDir, app!), 'utf8')).toContain(`from"./${path.basename(pageStart!)}"`);
    // What it imports is small: the first reads leave before React DOM is parsed.
    const code = readFileSync(path.join(rendererDir, pageStart!), 'utf8');
    const imported = [...code.matchAll(/from"\.\/([^"]+\.js)"/g)].map((match) => readFileSync(path.join(rendererDir, 'assets', match[1]!)).length);
    expect(code.length + imported.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThan(20_000);
  });

  it('leaves out only namespaces the renderer never uses', () => {
    const sources = readdirSync(path.resolve(__dirname, '../../renderer'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
    const users = sources.filter((file) => {
      const code = readFileSync(path.resolve(__dirname, '../../renderer', file), 'utf8');
      return LEFT_OUT_NAMESPACES.some((namespace) => code.includes(`'${namespace}:`) || code.includes(`\`${namespace}:`));
    });
    expect(users).toEqual([]);
  });
});
