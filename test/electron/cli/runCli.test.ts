import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { localeLanguage } from '../../../electron/cli/localeLanguage';
import { runCli } from '../../../electron/cli/runCli';
import { cliInTempDir } from './cliHarness';

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('spoc', () => {
  it('lists its commands with --help, and asks for one when run bare', async () => {
    const { spoc } = cliInTempDir();
    const help = await spoc('--help');
    expect(help.code).toBe(0);
    for (const name of ['new', 'info', 'validate']) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\s+\\S`, 'm'));
    expect((await spoc()).code).toBe(2);
  });

  it('says which command is unknown', async () => {
    const { spoc } = cliInTempDir();
    const result = await spoc('exprot', 'a.spoc');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command "exprot"/);
  });

  it('says errors in the language of the locale', async () => {
    const { cwd } = cliInTempDir();
    const run = async (language: 'fr' | 'en') => {
      const err: string[] = [];
      await runCli(['info', 'absent.spoc'], { out: () => {}, err: (text) => err.push(text), cwd, language });
      return err.join('\n');
    };
    expect(await run('fr')).toBe(`spoc info: Aucun fichier à ${path.join(cwd, 'absent.spoc')}. Vérifiez le chemin.`);
    expect(await run('en')).toBe(`spoc info: No file at ${path.join(cwd, 'absent.spoc')}. Check the path.`);
    expect(['fr_FR.UTF-8', 'fr', 'fr_CA', 'en_US.UTF-8', 'C.UTF-8', '', 'french'].map((LANG) => localeLanguage({ LANG }))).toEqual(['fr', 'fr', 'fr', 'en', 'en', 'en', 'en']);
    expect(localeLanguage({ LANG: 'fr_FR.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en');
  });

  it('shows one command’s usage with --help', async () => {
    const { spoc } = cliInTempDir();
    const result = await spoc('new', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: spoc new FILE\.spoc --title TITLE/);
  });
});

describe('spoc new', () => {
  it('creates a project from a template, which info then describes', async () => {
    const { spoc, cwd } = cliInTempDir();
    const created = await spoc('new', 'agilecom.spoc', '--title', 'AGILECOM', '--language', 'en', '--template', 'four-weekly-modules');
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain(path.join(cwd, 'agilecom.spoc'));
    expect(existsSync(path.join(cwd, 'agilecom.spoc'))).toBe(true);

    const info = await spoc('info', 'agilecom.spoc');
    expect(info.code).toBe(0);
    expect(info.stdout).toMatch(/^AGILECOM/);
    expect(info.stdout).toMatch(/^Module 1, week 1: /m);
    expect(info.stdout).toMatch(/^Total: 4 modules, /m);
  });

  it('never overwrites an existing file', async () => {
    const { spoc, cwd } = cliInTempDir();
    writeFileSync(path.join(cwd, 'keep.spoc'), 'precious');
    const result = await spoc('new', 'keep.spoc', '--title', 'X');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists/);
    expect(readFileSync(path.join(cwd, 'keep.spoc'), 'utf8')).toBe('precious');
  });

  it('explains wrong usage and exits 2', async () => {
    const { spoc } = cliInTempDir();
    const cases: Array<[string[], RegExp]> = [
      [['new', 'a.spoc'], /--title is required/],
      [['new', '--title', 'A'], /exactly one project file/],
      [['new', 'a.spoc', '--title', 'A', '--language', 'de'], /--language must be fr or en, not "de"/],
      [['new', 'a.spoc', '--title', 'A', '--template', 'mooc'], /--template must be one of blank, /],
      [['new', 'a.txt', '--title', 'A'], /must end with \.spoc/],
      [['new', 'a.spoc', '--title', 'A', '--colour', 'red'], /Unknown option '--colour'/],
    ];
    for (const [argv, message] of cases) {
      const result = await spoc(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('Usage: spoc new');
    }
  });
});

describe('spoc info', () => {
  it('prints the outline as JSON with --json', async () => {
    const { spoc } = cliInTempDir();
    await spoc('new', 'c.spoc', '--title', 'Cyber', '--template', 'awareness');
    const result = await spoc('info', 'c.spoc', '--json');
    const outline = JSON.parse(result.stdout);
    expect(outline.course.title).toBe('Cyber');
    expect(outline.modules.length).toBeGreaterThan(0);
    expect(typeof outline.totalMinutes).toBe('number');
  });

  it('fails clearly on a missing file or a file that is not a project, without a stack trace', async () => {
    const { spoc, cwd } = cliInTempDir();
    const missing = await spoc('info', 'nowhere.spoc');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No file at .*nowhere\.spoc/);
    writeFileSync(path.join(cwd, 'notes.spoc'), 'not a database');
    const foreign = await spoc('info', 'notes.spoc');
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/not a SPOC Studio project/);
    noStackTrace(missing.stderr + foreign.stderr);
  });
});

describe('spoc validate', () => {
  it('accepts a sound project', async () => {
    const { spoc } = cliInTempDir();
    await spoc('new', 'ok.spoc', '--title', 'OK', '--template', 'tool-rollout');
    const result = await spoc('validate', 'ok.spoc');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok\.spoc is valid: \d+ modules?/);
  });

  it('reports a dangling reference written behind the app’s back, and exits 1', async () => {
    const { spoc, cwd } = cliInTempDir();
    await spoc('new', 'broken.spoc', '--title', 'Broken', '--template', 'four-weekly-modules');
    const db = new BetterSqlite3(path.join(cwd, 'broken.spoc'));
    db.pragma('foreign_keys = OFF');
    const capsuleId = db.prepare('SELECT id FROM capsules LIMIT 1').pluck().get() as string;
    const ghost = '01900000-0000-7000-8000-000000000000';
    db.prepare('INSERT INTO capsule_objectives (capsule_id, objective_id, rank) VALUES (?, ?, 0)').run(capsuleId, ghost);
    db.close();

    const result = await spoc('validate', 'broken.spoc');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.spoc: \d+ problems? found:/);
    expect(result.stderr).toContain(`capsule ${capsuleId} refers to objective ${ghost}, which does not exist`);
    expect(result.stderr).toMatch(/capsule_objectives row \d+ refers to a missing row of objectives/);
    noStackTrace(result.stderr);
  });

  it('fails with exit 1 on a file that is not a project', async () => {
    const { spoc, cwd } = cliInTempDir();
    writeFileSync(path.join(cwd, 'fake.spoc'), Buffer.alloc(4096, 7));
    const result = await spoc('validate', 'fake.spoc');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/fake\.spoc/);
    noStackTrace(result.stderr);
  });
});
