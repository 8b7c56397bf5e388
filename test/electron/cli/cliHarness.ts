import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { runCli } from '../../../electron/cli/runCli';
import { createTestServices } from '../services/serviceHarness';

const RESOURCES = path.resolve(__dirname, '../../../resources');

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

/** The bundled sample saved as a closed project, and a CLI in a fresh folder; cleanup removes both. */
export async function cliOnSample() {
  const services = createTestServices({ resourcesDir: RESOURCES });
  const samplePath = (await services.api.openSampleProject({})).path;
  const capsuleTitles = (await services.api.getCourseDocument({})).capsules.map((capsule) => capsule.title);
  await services.api.closeProject({});
  const cli = cliInTempDir();
  return {
    cli,
    samplePath,
    capsuleTitles,
    /** A scratch folder removed by cleanup. */
    root: services.root,
    cleanup() {
      services.cleanup();
      rmSync(cli.cwd, { recursive: true, force: true });
    },
  };
}

type CliOnSample = Awaited<ReturnType<typeof cliOnSample>>;

/** A fresh `cliOnSample` before each test, cleaned up after it; the returned object always stands for the current test's. */
export function cliOnSampleForEachTest(): CliOnSample {
  return cliOnSampleBetween(beforeEach, afterEach);
}

/** One `cliOnSample` shared by the file's tests (they must not change the sample), cleaned up after the last. */
export function cliOnSampleForThisFile(): CliOnSample {
  return cliOnSampleBetween(beforeAll, afterAll);
}

function cliOnSampleBetween(before: typeof beforeAll, after: typeof afterAll): CliOnSample {
  let current: CliOnSample | undefined;
  before(async () => {
    current = await cliOnSample();
  });
  after(() => {
    current?.cleanup();
    current = undefined;
  });
  return new Proxy({} as CliOnSample, {
    get(_target, key) {
      if (!current) throw new Error('The CLI on the sample exists only while the tests run.');
      return Reflect.get(current, key);
    },
  });
}
