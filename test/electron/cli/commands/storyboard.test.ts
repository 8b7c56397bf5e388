import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStoryboard } from '../../services/storyboard/storyboardReader';
import { cliOnSample, type cliInTempDir } from '../cliHarness';

describe('spoc storyboard', () => {
  let sample: Awaited<ReturnType<typeof cliOnSample>>;
  let samplePath: string;
  let capsuleTitles: string[];
  let cli: ReturnType<typeof cliInTempDir>;

  beforeEach(async () => {
    sample = await cliOnSample();
    ({ cli, samplePath, capsuleTitles } = sample);
  });
  afterEach(() => sample.cleanup());

  it('writes the storyboard to the .docx named by -o, with every capsule in it', async () => {
    const { code, stdout, stderr } = await cli.spoc('storyboard', samplePath, '-o', 'relecture.docx');

    expect(stderr).toBe('');
    expect(code).toBe(0);
    const file = path.join(cli.cwd, 'relecture.docx');
    expect(stdout).toMatch(new RegExp(`^Wrote ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ kB\\)\\.$`));
    const { headings } = await readStoryboard(readFileSync(file));
    for (const title of capsuleTitles) expect(headings(2).some((heading) => heading.endsWith(` · ${title}`)), title).toBe(true);
  });

  it('writes into an existing folder under the course’s name', async () => {
    expect((await cli.spoc('storyboard', samplePath, '--output', '.')).code).toBe(0);
    expect(readdirSync(cli.cwd)).toEqual([expect.stringMatching(/^OPTIMANAGER .* - storyboard\.docx$/)]);
  });

  it('explains a missing or wrong output and writes nothing', async () => {
    const missing = await cli.spoc('storyboard', samplePath);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('-o OUT is required');

    const wrong = await cli.spoc('storyboard', samplePath, '-o', 'relecture.pdf');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('the output must be a .docx file or an existing folder (got relecture.pdf)');
    expect(readdirSync(cli.cwd)).toEqual([]);
  });

  it('says which project file it cannot find', async () => {
    const { code, stderr } = await cli.spoc('storyboard', 'absent.spoc', '-o', 'out.docx');
    expect(code).toBe(1);
    expect(stderr).toContain(`No file at ${path.join(cli.cwd, 'absent.spoc')}`);
    expect(existsSync(path.join(cli.cwd, 'out.docx'))).toBe(false);
  });
});
