import AdmZip from 'adm-zip';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { PACKAGE_SOURCE_PATH } from '../../../../shared/interchange/packageSource';
import { generateLargeCourse } from '../../../support/generateLargeCourse';
import { validateManifest } from '../../../conformance/xsd/validateManifest';
import { cliOnSampleForEachTest } from '../cliHarness';

describe('spoc export', () => {
  const sample = cliOnSampleForEachTest();

  it('writes a SCORM 1.2 zip with its manifest at the root into a folder, and prints the advice for the framing’s LMS', async () => {
    const { code, stdout, stderr } = await sample.cli.spoc('export', sample.samplePath, '--scorm', '1.2', '--mode', 'course', '-o', '.');

    expect(code).toBe(0);
    const [zip] = readdirSync(sample.cli.cwd);
    expect(zip).toMatch(/^optimanager-.*-scorm12\.zip$/);
    expect(stdout).toContain(`Exported ${path.join(sample.cli.cwd, zip!)} (SCORM 1.2, course, `);
    // The sample's framing names an in-house LMS, so the advice names no platform.
    expect(stdout).toMatch(/^note: In the platform, set the SCORM activity’s completion to the “passed” status/m);
    expect(stderr).toBe('');
    const manifest = new AdmZip(path.join(sample.cli.cwd, zip!)).readAsText('imsmanifest.xml');
    expect(validateManifest(manifest, '1.2')).toBe('');
  });

  it('puts the course source in the package unless --without-source says otherwise', async () => {
    expect((await sample.cli.spoc('export', sample.samplePath, '--scorm', '1.2', '-o', 'avec.zip')).code).toBe(0);
    expect(new AdmZip(path.join(sample.cli.cwd, 'avec.zip')).getEntry(PACKAGE_SOURCE_PATH)).not.toBeNull();
    expect((await sample.cli.spoc('export', sample.samplePath, '--scorm', '1.2', '--without-source', '-o', 'sans.zip')).code).toBe(0);
    expect(new AdmZip(path.join(sample.cli.cwd, 'sans.zip')).getEntry(PACKAGE_SOURCE_PATH)).toBeNull();
    // The app may remember an opt-out; a command line says its own choice.
    expect((await sample.cli.spoc('export', sample.samplePath, '--scorm', '1.2', '-o', 'encore.zip')).code).toBe(0);
    expect(new AdmZip(path.join(sample.cli.cwd, 'encore.zip')).getEntry(PACKAGE_SOURCE_PATH)).not.toBeNull();
    const removed = await sample.cli.spoc('export', sample.samplePath, '--scorm', '1.2', '--with-source', '-o', 'ancien.zip');
    expect(removed.code).toBe(2);
    expect(removed.stderr).toContain('--without-source');
  });

  it('writes one zip per module, named by week and module, into the folder -o names, and later uses the mode the course remembers', async () => {
    const first = await sample.cli.spoc('export', sample.samplePath, '--scorm', '2004-4th', '--mode', 'module-packages', '-o', 'weekly');
    expect(first.code).toBe(0);
    const zips = readdirSync(path.join(sample.cli.cwd, 'weekly')).sort();
    expect(zips).toHaveLength(4);
    expect(zips.every((name) => /^week-0\d-[a-z0-9-]+\.zip$/.test(name))).toBe(true);
    for (const name of zips) {
      const zip = new AdmZip(path.join(sample.cli.cwd, 'weekly', name));
      expect(validateManifest(zip.readAsText('imsmanifest.xml'), '2004-4th')).toBe('');
      expect(first.stdout).toContain(`  ${name} (`);
    }

    const zipOutput = await sample.cli.spoc('export', sample.samplePath, '--scorm', '2004-4th', '--mode', 'module-packages', '-o', 'weekly.zip');
    expect(zipOutput.code).toBe(2);
    expect(zipOutput.stderr).toMatch(/module-packages writes one zip per module: give a folder/);

    const again = await sample.cli.spoc('export', sample.samplePath, '--scorm', '2004-3rd', '-o', 'again');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('(SCORM 2004-3rd, module-packages, ');
  });

  it('lists what blocks the export and exits 1 without writing anything', async () => {
    const blank = path.join(sample.cli.cwd, 'blank.spoc');
    expect((await sample.cli.spoc('new', blank, '--title', 'Vide')).code).toBe(0);

    const { code, stdout, stderr } = await sample.cli.spoc('export', blank, '--scorm', '1.2', '-o', 'out.zip');

    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: The course has no module: add at least one module with a capsule before exporting\.$/m);
    expect(stderr).toContain('blank.spoc cannot be exported yet');
    expect(stdout).toBe('');
    expect(existsSync(path.join(sample.cli.cwd, 'out.zip'))).toBe(false);
  });

  it.each([
    [['--scorm', '1.2', '-o', 'x.zip'], 1, /No file at .*missing\.spoc/, 'missing.spoc'],
    [['--scorm', '1.3', '-o', 'x.zip'], 2, /--scorm must be one of 1\.2, 2004-3rd, 2004-4th, not "1\.3"/],
    [['-o', 'x.zip'], 2, /--scorm is required/],
    [['--scorm', '1.2', '--mode', 'weekly', '-o', 'x.zip'], 2, /--mode must be one of course, module-scos, module-packages, not "weekly"/],
    [['--scorm', '1.2'], 2, /-o OUT is required/],
    [['--scorm', '1.2', '-o', 'x.tar'], 2, /the output must be a \.zip file or an existing folder/],
    [['--scorm', '1.2', '-o', 'nowhere/x.zip'], 1, /The folder .*nowhere does not exist/],
    [['--scorm', '1.2', '-o', '/proc/x.zip'], 1, /\/proc/],
    [['--scorm', '1.2', '--bogus', '-o', 'x.zip'], 2, /Unknown option '--bogus'/],
  ] as const)('refuses bad input %j with exit %i and a clear message', async (args, exitCode, message, file = undefined) => {
    const { code, stderr } = await sample.cli.spoc('export', file ?? sample.samplePath, ...args);
    expect(code).toBe(exitCode);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/unexpected error|\n\s+at /);
    expect(readdirSync(sample.cli.cwd)).toEqual([]);
  });

  it('refuses an output inside a file', async () => {
    const { code, stderr } = await sample.cli.spoc('export', sample.samplePath, '--scorm', '1.2', '-o', path.join(sample.samplePath, 'x.zip'));
    expect(code).toBe(1);
    expect(stderr).toContain(`${sample.samplePath} is a file, not a folder`);
  });

  it('tells the lock option needs one SCO per module', async () => {
    mkdirSync(path.join(sample.cli.cwd, 'out'));
    const { code, stderr } = await sample.cli.spoc('export', sample.samplePath, '--scorm', '2004-4th', '--mode', 'course', '--lock-modules', '-o', 'out');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: .*one SCO per module/im);
    expect(readdirSync(path.join(sample.cli.cwd, 'out'))).toEqual([]);
  });

  it('puts the programme of the cohort named by --programme in the player, and refuses an unknown one', async () => {
    const { code } = await sample.cli.spoc('export', sample.samplePath, '--scorm', '1.2', '--mode', 'course', '--programme', 'cohorte JANVIER 2027', '-o', 'with.zip');
    expect(code).toBe(0);
    const data = new AdmZip(path.join(sample.cli.cwd, 'with.zip')).readAsText('sco-1/course-data.js');
    expect(data).toContain('"cohortName":"Cohorte janvier 2027"');

    const unknown = await sample.cli.spoc('export', sample.samplePath, '--scorm', '1.2', '--programme', 'Cohorte mars', '-o', 'without.zip');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('no cohort "Cohorte mars" in the course; the course\'s cohorts are: "Cohorte janvier 2027"');
    expect(existsSync(path.join(sample.cli.cwd, 'without.zip'))).toBe(false);
  });

  it('stops on Ctrl-C without leaving the zip or its partial file', async () => {
    const course = await generateLargeCourse({ dir: path.join(sample.root, 'large'), mediaBytes: 300 * 1024 * 1024, mediaFileCount: 2 });
    const interrupt = new AbortController();
    const err: string[] = [];
    const running = runCli(['export', course.projectPath, '--scorm', '1.2', '-o', 'big.zip'], { out: () => {}, err: (text) => err.push(text), cwd: sample.cli.cwd, interrupt: interrupt.signal });
    await expect.poll(() => readdirSync(sample.cli.cwd).some((name) => name.endsWith('.partial')), { timeout: 20_000, interval: 20 }).toBe(true);
    interrupt.abort();

    expect(await running).toBe(1);
    expect(err.join('\n')).toContain('The export was cancelled: no file was written.');
    expect(readdirSync(sample.cli.cwd)).toEqual([]);
  }, 90_000);
});
