// What the renderer loads before its first paint: index.html's module script and its preloads, as
// built in out/renderer, gzipped (target < 150 KB). The editor (TipTap), the quiz editor and the
// pacing board load when their place is opened. Only the interface language's catalogues load up front.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadNote } from './benchSupport';

const TARGET_BYTES = 150 * 1024;

function main(): void {
  const rendererDir = path.resolve('out/renderer');
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  // The interface language's catalogues load before the first render: count the larger (French) one.
  scripts.push(...readdirSync(path.join(rendererDir, 'assets')).filter((name) => /^ui-catalogs-fr-.*\.js$/.test(name)).map((name) => `assets/${name}`));
  let total = 0;
  for (const script of scripts) {
    const bytes = gzipSync(readFileSync(path.join(rendererDir, script)), { level: 9 }).length;
    total += bytes;
    console.log(`rendererLoad: ${script} ${(bytes / 1024).toFixed(1)} KB gzipped`);
  }
  const pass = total < TARGET_BYTES;
  console.log(`rendererLoad: ${pass ? 'PASS' : 'FAIL'} JS before first paint ${(total / 1024).toFixed(1)} KB gzipped, target < ${TARGET_BYTES / 1024} KB; ${loadNote()}`);
  if (!pass) process.exitCode = 1;
}

main();
