import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const binary = path.resolve(__dirname, '../../../out/cli/spoc.cjs');
const built = existsSync(binary);
if (!built) console.warn(`Skipping the spoc binary smoke test: ${binary} is not built (run npm run build).`);

describe.skipIf(!built)('the built spoc command (out/cli/spoc.cjs)', () => {
  it('creates, describes and validates a project as a separate process', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'spoc-binary-'));
    const run = (...args: string[]) => execFileSync(process.execPath, [binary, ...args], { cwd, encoding: 'utf8' });
    expect(run('--help')).toMatch(/Commands:/);
    expect(run('new', 'smoke.spoc', '--title', 'Smoke', '--template', 'four-weekly-modules')).toMatch(/^Created /);
    expect(run('info', 'smoke.spoc')).toMatch(/^Smoke/);
    expect(run('validate', 'smoke.spoc')).toMatch(/is valid/);
    // The built CLI finds the built player beside it (out/scorm-player).
    expect(run('export', 'smoke.spoc', '--scorm', '1.2', '-o', 'smoke.zip')).toMatch(/^Exported .*smoke\.zip \(SCORM 1\.2, course, /);
    expect(existsSync(path.join(cwd, 'smoke.zip'))).toBe(true);
  });

  it('exits non-zero with a message and no stack trace on a user error', () => {
    const result = spawnSync(process.execPath, [binary, 'info', 'missing.spoc'], { cwd: tmpdir(), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^spoc info: No file at /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
