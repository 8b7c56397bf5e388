import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { CHECK_IDS, DEFAULT_CHECK_SETTINGS } from '../../../../shared/checks/checkSettings';
import { createTestServices } from '../../services/serviceHarness';

function captureIo(cwd: string) {
  const output = { out: '', err: '' };
  return { output, io: { out: (text: string) => void (output.out += `${text}\n`), err: (text: string) => void (output.err += `${text}\n`), cwd } };
}

describe('spoc check', () => {
  let harness: ReturnType<typeof createTestServices>;
  let projectPath: string;

  beforeEach(async () => {
    harness = createTestServices();
    projectPath = (await harness.api.createProject({ title: 'OPTIMANAGER', language: 'fr', template: 'four-weekly-modules' }))!.path;
  });
  afterEach(() => harness.cleanup());

  async function prepare(work: () => Promise<unknown>): Promise<void> {
    await work();
    await harness.api.closeProject({});
  }

  it('prints one line per finding in the course’s language and exits 0', async () => {
    await prepare(() => harness.api.addCohort({ name: 'Pilote', learnerCount: 6 }));
    const { io, output } = captureIo(harness.root);

    const code = await runCli(['check', projectPath], io);

    expect(code).toBe(0);
    expect(output.out).toMatch(/^warning +cohort-size +Cohorte «\u00A0Pilote\u00A0»\u00A0: 6 apprenants, moins de 10\u202F; les échanges risquent de manquer\. {2}\[cohort [0-9a-f-]+\]$/m);
    expect(output.out).toMatch(/: 0 blocking the export, \d+ errors?, \d+ warnings?, \d+ suggestions?\.\n$/);
  });

  it('exits 1 with --strict when there is a finding', async () => {
    await prepare(() => harness.api.addCohort({ learnerCount: 80 }));
    const { io } = captureIo(harness.root);
    expect(await runCli(['check', projectPath, '--strict'], io)).toBe(1);
  });

  it('exits 0 with --strict on a course with no finding once the checks are turned off', async () => {
    await prepare(() => harness.api.updateCheckSettings({ settings: { ...DEFAULT_CHECK_SETTINGS, disabledChecks: [...CHECK_IDS] } }));
    const { io, output } = captureIo(harness.root);

    expect(await runCli(['check', projectPath, '--strict'], io)).toBe(0);
    expect(output.out).toContain('no finding');
  });

  it('prints English messages with --lang en and JSON with --json', async () => {
    await prepare(() => harness.api.addCohort({ name: 'Big', learnerCount: 80 }));
    const english = captureIo(harness.root);
    await runCli(['check', projectPath, '--lang', 'en'], english.io);
    expect(english.output.out).toContain('Cohort “Big”: 80 learners, more than 50');

    const json = captureIo(harness.root);
    expect(await runCli(['check', projectPath, '--json'], json.io)).toBe(0);
    const report = JSON.parse(json.output.out) as { findings: { checkId: string }[]; settings: unknown };
    expect(report.settings).toEqual(DEFAULT_CHECK_SETTINGS);
    expect(report.findings.map((finding) => finding.checkId)).toContain('cohort-size');
  });

  it('explains wrong usage and missing files', async () => {
    await harness.api.closeProject({});
    const usage = captureIo(harness.root);
    expect(await runCli(['check'], usage.io)).toBe(2);
    expect(usage.output.err).toContain('Usage: spoc check FILE.spoc');
    const language = captureIo(harness.root);
    expect(await runCli(['check', projectPath, '--lang', 'de'], language.io)).toBe(2);
    expect(language.output.err).toContain('--lang must be fr or en');
    const missing = captureIo(harness.root);
    expect(await runCli(['check', 'nope.spoc'], missing.io)).toBe(1);
    expect(missing.output.err).toContain('No file at');
  });
});
