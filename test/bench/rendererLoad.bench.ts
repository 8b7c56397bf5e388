// What the renderer loads before its first paint: index.html's module script and its preloads, as
// built in out/renderer, gzipped (target < 150 KB). The editor (TipTap), the quiz editor and the
// pacing board load when their place is opened. Only the interface language's catalogues load up front.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { errors } from '../../shared/i18n/errors';
import { loadNote } from './benchSupport';

const TARGET_BYTES = 150 * 1024;

/** What came back into the first paint before through one innocent import (37 KB gzipped together), and how to spot it in minified code. */
const KEPT_OUT: [string, (code: string) => boolean][] = [
  ['zod (a schema module imported for a constant or helper)', (code) => code.includes('ZodError')],
  ['the errors catalogue (appError in the renderer)', (code) => code.includes(JSON.stringify(errors.en.noSessionToken).slice(1, -1))],
];

function main(): void {
  const rendererDir = path.resolve('out/renderer');
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const code = scripts.map((script) => readFileSync(path.join(rendererDir, script), 'utf8')).join('\n');
  const pulledIn = KEPT_OUT.filter(([, found]) => found(code)).map(([what]) => what);
  for (const what of pulledIn) console.log(`rendererLoad: FAIL the first paint loads ${what}`);
  // The interface language's catalogues load before the first render: count the larger (French) one.
  // (index.html preloads it: counted once.)
  scripts.push(...readdirSync(path.join(rendererDir, 'assets')).filter((name) => /^ui-catalogs-fr-.*\.js$/.test(name)).map((name) => `assets/${name}`).filter((name) => !scripts.includes(name)));
  let total = 0;
  for (const script of scripts) {
    const bytes = gzipSync(readFileSync(path.join(rendererDir, script)), { level: 9 }).length;
    total += bytes;
    console.log(`rendererLoad: ${script} ${(bytes / 1024).toFixed(1)} KB gzipped`);
  }
  const pass = total < TARGET_BYTES && pulledIn.length === 0;
  console.log(`rendererLoad: ${pass ? 'PASS' : 'FAIL'} JS before first paint ${(total / 1024).toFixed(1)} KB gzipped, target < ${TARGET_BYTES / 1024} KB; ${loadNote()}`);
  if (!pass) process.exitCode = 1;
}

main();
