import { transform } from 'esbuild';
import { SourceMap } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without types
import { asciiBundle } from '../../scripts/asciiBundle.mjs';

const SOURCE = ["const quotes = /[«»]/;", "const smile = /😀|[é]/u;", "export function matches(text) { return quotes.test(text) || smile.test(text); }", ''].join('\n');

async function bundled() {
  const { code, map } = await transform(SOURCE, { format: 'cjs', minifyWhitespace: true, sourcemap: 'external', sourcefile: 'source.js' });
  return { code, map: JSON.parse(map) };
}

function run(code: string): (text: string) => boolean {
  const module = { exports: {} as { matches: (text: string) => boolean } };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports.matches;
}

describe('server bundle in ASCII only', () => {
  it('escapes what esbuild leaves in regular expressions, which match as before', async () => {
    const before = await bundled();
    expect(before.code).toMatch(/[^\x00-\x7f]/);
    const after = asciiBundle(before.code, before.map);
    expect(after.code).not.toMatch(/[^\x00-\x7f]/);
    const matches = run(after.code);
    for (const text of ['«', 'a » b', '😀', 'é', 'e', '\ud83d', 'x']) expect(matches(text), text).toBe(run(before.code)(text));
  });

  it('keeps the source map pointing at the same code after the escapes', async () => {
    const before = await bundled();
    const after = asciiBundle(before.code, before.map);
    const original = (code: string, map: object) => {
      const line = code.split('\n').findIndex((text) => text.includes('function matches'));
      const entry = new SourceMap(map as ConstructorParameters<typeof SourceMap>[0]).findEntry(line, code.split('\n')[line]!.indexOf('function matches'));
      return 'originalLine' in entry ? [entry.originalLine, entry.originalColumn] : null;
    };
    expect(original(before.code, before.map)).toEqual([2, 7]);
    expect(original(after.code, after.map)).toEqual([2, 7]);
  });
});
