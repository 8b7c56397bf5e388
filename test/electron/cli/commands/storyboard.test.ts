import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryboard } from '../../services/storyboard/storyboardReader';
import { cliOnSampleForEachTest } from '../cliHarness';

describe('spoc storyboard', () => {
  const sample = cliOnSampleForEachTest();

  it('writes the storyboard to the .docx named by -o, with every capsule in it', async () => {
    const { code, stdout, stderr } = await sample.cli.spoc('storyboard', sample.samplePath, '-o', 'relecture.docx');

    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = path.join(sample.cli.cwd, 'relecture.docx');
    expect(stdout).toMatch(new RegExp(`^Wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ kB\\)\\.$`));
    const { headings } = await readStoryboard(readFileSync(file));
    for (const title of sample.capsuleTitles) expect(headings(2).some((heading) => heading.endsWith(` · ${title}`)), title).toBe(true);
  });

  it('writes into an existing folder under the course’s name', async () => {
    expect((await sample.cli.spoc('storyboard', sample.samplePath, '--output', '.')).code).toBe(0);
    expect(readdirSync(sample.cli.cwd)).toEqual([expect.stringMatching(/^OPTIMANAGER .* - storyboard\.docx$/)]);
  });

  it('explains a missing or wrong output and writes nothing', async () => {
    const missing = await sample.cli.spoc('storyboard', sample.samplePath);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('-o OUT is required');

    const wrong = await sample.cli.spoc('storyboard', sample.samplePath, '-o', 'relecture.pdf');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('the output must be a .docx file or an existing folder (got relecture.pdf)');
    expect(readdirSync(sample.cli.cwd)).toEqual([]);
  });

  it('says which project file it cannot find', async () => {
    const { code, stderr } = await sample.cli.spoc('storyboard', 'absent.spoc', '-o', 'out.docx');
    expect(code).toBe(1);
    expect(stderr).toContain(`No file at ${path.join(sample.cli.cwd, 'absent.spoc')}`);
    expect(existsSync(path.join(sample.cli.cwd, 'out.docx'))).toBe(false);
  });
});
