import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../../electron/cli/runCli';

/** Runs `spoc …` in-process in a fresh folder and captures what it prints. */
export function cliInTempDir() {
  const cwd = mkdtempSync(path.join(tmpdir(), 'spoc-cli-test-'));
  return {
    cwd,
    async spoc(...argv: string[]) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text), cwd });
      return { code, stdout: out.join('\n'), stderr: err.join('\n') };
    },
  };
}
