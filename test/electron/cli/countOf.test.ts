import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countOf } from '../../../electron/cli/countOf';

const CLI_DIR = path.resolve(__dirname, '../../../electron/cli');

describe('countOf: the CLI’s English plurals', () => {
  it('says 1 in the singular, 0 and 2 in the plural', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'module', 'modules'))).toEqual(['0 modules', '1 module', '2 modules']);
  });

  it('leaves no "(s)" in what the CLI prints', () => {
    const files = readdirSync(CLI_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    expect(files.filter((file) => /\w\((s|es)\)/.test(readFileSync(path.join(CLI_DIR, file), 'utf8')))).toEqual([]);
  });
});
