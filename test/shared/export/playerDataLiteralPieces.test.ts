import { describe, expect, it } from 'vitest';
import { buildPlayerData, playerDataLiteralPieces } from '../../../shared/export/buildPlayerData';
import { indexCourse } from '../../../shared/export/courseIndex';
import { packageScopesOf } from '../../../shared/export/exportScopes';
import { jsonPieces, LazyJsonArray } from '../../../shared/export/jsonPieces';
import { toScriptLiteral } from '../../../shared/export/markupEscapes';
import { exportCourseFixture, paragraph } from './exportCourseFixture';

const HOSTILE = 'Fin </script><!-- & \u2028 \u2029 😀 » « — \ud83d';

describe('course-data.js made in pieces', () => {
  it('is the same text as the whole player data made at once, for every SCO of every packaging mode', () => {
    const doc = exportCourseFixture({ moduleCount: 3, capsulesPerModule: 3 });
    doc.course.title = HOSTILE;
    doc.capsules[0]!.title = HOSTILE;
    doc.capsules[1]!.content = { type: 'doc', content: [paragraph(HOSTILE)] };
    doc.questions[0]!.prompt = HOSTILE;
    const index = indexCourse(doc);
    for (const mode of ['course', 'module-scos', 'module-packages'] as const) {
      const scos = packageScopesOf(doc, index, mode).flatMap((scope) => scope.scos);
      for (const sco of scos) {
        const pieces = [...playerDataLiteralPieces(doc, index, sco, { version: '1.2' })];
        // Pieces, not one string: a capsule at most in each.
        expect(pieces.length).toBeGreaterThan(doc.capsules.length / scos.length);
        expect(pieces.join('')).toBe(toScriptLiteral(buildPlayerData(doc, index, sco, { version: '1.2' })));
      }
    }
  });
});

describe('jsonPieces', () => {
  it('gives JSON.stringify’s text, lazy arrays made only when serialized', () => {
    let made = 0;
    const lazy = new LazyJsonArray(function* () {
      for (const n of [1, 2]) {
        made += 1;
        yield { n, skipped: undefined, nested: new LazyJsonArray(() => ['a', null]) };
      }
    });
    const value = { a: 1, gone: undefined, list: lazy, empty: new LazyJsonArray(() => []), s: 'x"y' };
    expect(made).toBe(0);
    expect([...jsonPieces(value)].join('')).toBe('{"a":1,"list":[{"n":1,"nested":["a",null]},{"n":2,"nested":["a",null]}],"empty":[],"s":"x\\"y"}');
    expect(made).toBe(2);
  });
});
