import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function stylesheets(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(relative);
    return entry.name.endsWith('.css') ? [relative] : [];
  });
}

/** Where the braces of a stylesheet stop matching: the line of a stray "}", or the end for a rule never closed. */
function unbalancedAt(css: string): string | null {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/"[^"\n]*"|'[^'\n]*'/g, '""');
  let depth = 0;
  const lines = code.split('\n');
  for (const [index, line] of lines.entries()) {
    for (const character of line) {
      if (character === '{') depth += 1;
      if (character === '}') depth -= 1;
      if (depth < 0) return `a stray } on line ${index + 1}`;
    }
  }
  return depth === 0 ? null : `${depth} rule(s) never closed`;
}

describe('stylesheets', () => {
  // A merge once dropped one "}" in quiz.css: every later rule was read as nested in the one left open and never applied.
  it('close every rule they open, in the app and the player', () => {
    const broken = ['renderer', 'scorm-templates'].flatMap(stylesheets).flatMap((file) => {
      const problem = unbalancedAt(readFileSync(path.join(ROOT, file), 'utf8'));
      return problem ? [`${file}: ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });
});
