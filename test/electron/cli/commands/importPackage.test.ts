import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_SOURCE_PATH } from '../../../../shared/interchange/packageSource';
import { errorText } from '../../../../shared/api/appError';
import { runCli } from '../../../../electron/cli/runCli';
import { fr } from '../../../e2e/support/frenchText';
import { cliOnSampleForThisFile } from '../cliHarness';

const VERSIONS = ['1.2', '2004-3rd', '2004-4th'] as const;
const MODES = ['course', 'module-scos'] as const;

describe('spoc import PACKAGE.zip (a package we exported)', () => {
  const sample = cliOnSampleForThisFile();
  const file = (name: string) => path.join(sample.cli.cwd, name);

  const exportTo = async (project: string, version: string, mode: string, name: string): Promise<Buffer> => {
    const result = await sample.cli.spoc('export', project, '--scorm', version, '--mode', mode, '-o', name);
    expect(result.code, result.stderr).toBe(0);
    return readFileSync(file(name));
  };

  it.each(VERSIONS.flatMap((version) => MODES.map((mode) => [version, mode] as const)))('SCORM %s, %s: re-imported, it exports the same bytes again', async (version, mode) => {
    const tag = `${version}-${mode}`;
    const original = await exportTo(sample.samplePath, version, mode, `original-${tag}.zip`);
    const imported = await sample.cli.spoc('import', `original-${tag}.zip`, '-o', `reimported-${tag}.spoc`);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/4 modules, 19 capsules, \d+ media files/);
    expect((await sample.cli.spoc('validate', `reimported-${tag}.spoc`)).code).toBe(0);
    const again = await exportTo(file(`reimported-${tag}.spoc`), version, mode, `again-${tag}.zip`);
    expect(again.equals(original)).toBe(true);
  });

  /** A weekly export: a folder of zips, each with the whole source and its module's media only. */
  const exportWeekly = async (project: string, version: string, folder: string): Promise<Map<string, Buffer>> => {
    const result = await sample.cli.spoc('export', project, '--scorm', version, '--mode', 'module-packages', '-o', folder);
    expect(result.code, result.stderr).toBe(0);
    const names = readdirSync(file(folder)).sort();
    expect(names.length).toBe(4);
    return new Map(names.map((name) => [name, readFileSync(path.join(file(folder), name))]));
  };

  it.each(VERSIONS)('SCORM %s, one package per module: the folder, or any one of its zips with the others beside it, rebuilds the whole course and the same zips', async (version) => {
    const original = await exportWeekly(sample.samplePath, version, `weekly-${version}`);
    const zips = [...original.keys()];
    const fromFolder = await sample.cli.spoc('import', `weekly-${version}`, '-o', `weekly-folder-${version}.spoc`);
    expect(fromFolder.stderr).toBe('');
    expect(fromFolder.stdout).toMatch(/4 modules, 19 capsules, \d+ media files/);
    const fromOneZip = await sample.cli.spoc('import', path.join(`weekly-${version}`, zips[2]!), '-o', `weekly-zip-${version}.spoc`);
    expect(fromOneZip.stderr).toBe('');
    for (const project of [`weekly-folder-${version}.spoc`, `weekly-zip-${version}.spoc`]) {
      const again = await exportWeekly(file(project), version, `again-${project}`);
      expect([...again.keys()]).toEqual(zips);
      for (const [name, bytes] of again) expect(bytes.equals(original.get(name)!), `${project}: ${name}`).toBe(true);
    }
  });

  it('refuses one module’s package alone when the media of other modules are missing, saying to import the folder', async () => {
    const original = await exportWeekly(sample.samplePath, '1.2', 'weekly-alone');
    mkdirSync(file('alone'));
    const lone = [...original.keys()].find((name) => !new AdmZip(original.get(name)!).getEntries().some((entry) => entry.entryName.startsWith('media/')));
    expect(lone).toBeDefined();
    copyFileSync(path.join(file('weekly-alone'), lone!), file(`alone/${lone}`));
    const result = await sample.cli.spoc('import', `alone/${lone}`, '-o', 'alone.spoc');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is one module's package of a weekly export and lacks media\/[0-9a-f]{64}\.\w+ \("[^"]+"\), which another module's package holds\. Import the folder the export wrote/);
    expect(readdirSync(sample.cli.cwd)).not.toContain('alone.spoc');
  });

  describe('refuses what it cannot trust, says why, and leaves nothing behind', () => {
    let packageBytes: Buffer;
    beforeAll(async () => {
      packageBytes = await exportTo(sample.samplePath, '1.2', 'course', 'base.zip');
    });

    async function expectRefused(zip: Buffer, message: RegExp) {
      writeFileSync(file('suspect.zip'), zip);
      const before = readdirSync(sample.cli.cwd).sort();
      const result = await sample.cli.spoc('import', 'suspect.zip', '-o', 'suspect.spoc');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(readdirSync(sample.cli.cwd).sort()).toEqual(before);
    }
    /** The exported package with its source entry rewritten by `forge`. */
    const withSource = (forge: (source: { format: number; files: { path: string; text: string }[] }) => string) => {
      const zip = new AdmZip(packageBytes);
      zip.updateFile(PACKAGE_SOURCE_PATH, Buffer.from(forge(JSON.parse(zip.readAsText(PACKAGE_SOURCE_PATH)))));
      return zip.toBuffer();
    };

    it('one of our packages exported --without-source', async () => {
      const result = await sample.cli.spoc('export', sample.samplePath, '--scorm', '1.2', '--without-source', '-o', 'sans-source.zip');
      expect(result.code, result.stderr).toBe(0);
      expect(new AdmZip(file('sans-source.zip')).getEntry(PACKAGE_SOURCE_PATH)).toBeNull();
      await expectRefused(readFileSync(file('sans-source.zip')), /was exported by SPOC Studio without its course source, so it cannot be rebuilt into a project\. Export the course again with "Include the course source" left ticked \(spoc export without --without-source\)/);
    });

    it('a package another tool made (no course source)', async () => {
      const zip = new AdmZip();
      zip.addFile('imsmanifest.xml', Buffer.from('<manifest identifier="other"/>'));
      zip.addFile('index.html', Buffer.from('<p>Bonjour</p>'));
      await expectRefused(zip.toBuffer(), /"suspect\.zip" was not exported by SPOC Studio \(it carries no spoc-source\.json\), so it cannot be rebuilt into a project/);
    });

    it('a media file whose bytes do not match the hash the source gives', async () => {
      const zip = new AdmZip(packageBytes);
      const media = zip.getEntries().find((entry) => entry.entryName.startsWith('media/'))!;
      zip.updateFile(media, Buffer.concat([media.getData(), Buffer.from('forged')]));
      await expectRefused(zip.toBuffer(), new RegExp(`${media.entryName.replace('.', '\\.')} does not match the SHA-256 its source gives: the package was altered`));
    });

    it('a source listing a hash that no media file of the package has', async () => {
      const forged = withSource((source) => {
        const media = source.files.find((entry) => entry.path === 'media.json')!;
        media.text = media.text.replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${'0'.repeat(64)}"`);
        return JSON.stringify(source);
      });
      await expectRefused(forged, /lacks media\/0{64}\.\w+, a media file its source lists/);
    });

    it('a source with a path climbing out of the course', async () => {
      const forged = withSource((source) => {
        source.files[2]!.path = `modules/../../${source.files[2]!.path}`;
        return JSON.stringify(source);
      });
      await expectRefused(forged, /a file "modules\/\.\.\/\.\.\/modules\/[^"]+" named in its spoc-source\.json is outside the course: the package was altered/);
    });

    it('a media file name with folders in it', async () => {
      const forged = withSource((source) => {
        const media = source.files.find((entry) => entry.path === 'media.json')!;
        media.text = media.text.replace(/"fileName": "[^"]+?(\.\w+)"/, '"fileName": "../../evil$1"');
        return JSON.stringify(source);
      });
      await expectRefused(forged, /its spoc-source\.json is not a valid course \(media\.json, line \d+: "\.\.\/\.\.\/evil\.\w+" is not a plain file name/);
    });

    it('a source that is not valid JSON', async () => {
      await expectRefused(withSource(() => '{"format": 1, "files": ['), /its spoc-source\.json is not valid JSON: the package was damaged or altered/);
    });

    it('a forged source, said in French to a French locale', async () => {
      writeFileSync(file('suspect.zip'), withSource(() => '{"format": 1, "files": ['));
      const err: string[] = [];
      const code = await runCli(['import', 'suspect.zip', '-o', 'suspect.spoc'], { out: () => {}, err: (text) => err.push(text), cwd: sample.cli.cwd, language: 'fr' });
      expect(code).toBe(1);
      expect(err.join('\n')).toBe(`spoc import: ${errorText('fr', 'packageSourceNotJson', { file: 'suspect.zip', source: PACKAGE_SOURCE_PATH })}`);
      expect(err.join('\n')).toContain('n’est pas du JSON valide, le paquet a été endommagé ou modifié.');
    });

    it('a source whose course is invalid, said in French with the field’s problem in French too', async () => {
      const forged = withSource((source) => {
        const course = source.files.find((entry) => entry.path === 'course.json')!;
        course.text = course.text.replace(/"weeklyBudgetMinutes": \d+/, '"weeklyBudgetMinutes": -5');
        return JSON.stringify(source);
      });
      writeFileSync(file('suspect.zip'), forged);
      const err: string[] = [];
      const code = await runCli(['import', 'suspect.zip', '-o', 'suspect.spoc'], { out: () => {}, err: (text) => err.push(text), cwd: sample.cli.cwd, language: 'fr' });
      expect(code).toBe(1);
      expect(err.join('\n')).toBe(
        'spoc import: ' + fr('« suspect.zip » ne peut pas être importé : son spoc-source.json n’est pas un cours valide (course.json : course.weeklyBudgetMinutes : doit valoir au moins 0).'),
      );
      expect(readdirSync(sample.cli.cwd)).not.toContain('suspect.spoc');
    });

    it('a source whose course is invalid', async () => {
      const forged = withSource((source) => {
        const course = source.files.find((entry) => entry.path === 'course.json')!;
        course.text = course.text.replace(/"weeklyBudgetMinutes": \d+/, '"weeklyBudgetMinutes": -5');
        return JSON.stringify(source);
      });
      await expectRefused(forged, /its spoc-source\.json is not a valid course \(course\.json: course\.weeklyBudgetMinutes: /);
    });
  });
});
