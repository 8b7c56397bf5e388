import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/runCli';
import { fr } from '../../../e2e/support/frenchText';
import { cliOnSampleForEachTest } from '../cliHarness';

/** Every file under dir, relative path → content, for comparing two unpacked folders. */
function treeOf(dir: string): Map<string, string> {
  const tree = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else tree.set(child, readFileSync(path.join(dir, child)).toString('base64'));
    }
  };
  walk('');
  return tree;
}

/** Lines that differ between two texts of the same length in lines (enough for one-word edits). */
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [index + 1]));
};

describe('spoc unpack / spoc pack', () => {
  const sample = cliOnSampleForEachTest();

  const exportBytes = async (project: string, version: string, mode: string, name: string) => {
    const result = await sample.cli.spoc('export', project, '--scorm', version, '--mode', mode, '-o', name);
    expect(result.code, result.stderr).toBe(0);
    return readFileSync(path.join(sample.cli.cwd, name));
  };

  it('gives back a project whose SCORM exports are byte-identical to the original’s', async () => {
    expect((await sample.cli.spoc('unpack', sample.samplePath, 'course')).code).toBe(0);
    expect(readdirSync(path.join(sample.cli.cwd, 'course')).sort()).toEqual(['course.json', 'media', 'media.json', 'modules']);
    expect(readdirSync(path.join(sample.cli.cwd, 'course/modules'))).toEqual([
      expect.stringMatching(/^01-/),
      expect.stringMatching(/^02-/),
      expect.stringMatching(/^03-/),
      expect.stringMatching(/^04-/),
    ]);
    const packed = await sample.cli.spoc('pack', 'course', '-o', 'packed.spoc');
    expect(packed.stderr).toBe('');
    expect(packed.code).toBe(0);
    expect((await sample.cli.spoc('validate', 'packed.spoc')).code).toBe(0);

    for (const [version, mode] of [
      ['1.2', 'course'],
      ['2004-4th', 'module-scos'],
    ]) {
      const original = await exportBytes(sample.samplePath, version!, mode!, `original-${version}.zip`);
      const rebuilt = await exportBytes(path.join(sample.cli.cwd, 'packed.spoc'), version!, mode!, `rebuilt-${version}.zip`);
      expect(rebuilt.equals(original), `${version} ${mode}`).toBe(true);
    }
  });

  it('writes the same folder every time, and a one-word edit is a one-line change to one capsule only', async () => {
    await sample.cli.spoc('unpack', sample.samplePath, 'first');
    await sample.cli.spoc('unpack', sample.samplePath, 'second');
    expect(treeOf(path.join(sample.cli.cwd, 'second'))).toEqual(treeOf(path.join(sample.cli.cwd, 'first')));

    const moduleDir = path.join(sample.cli.cwd, 'first/modules', readdirSync(path.join(sample.cli.cwd, 'first/modules'))[0]!);
    const capsuleFile = path.join(moduleDir, readdirSync(moduleDir).find((name) => name.endsWith('.capsule.json'))!);
    const before = readFileSync(capsuleFile, 'utf8');
    const word = /"text": "([A-Za-zÀ-ÿ]{5,})/.exec(before)![1]!;
    const after = before.replace(`"text": "${word}`, `"text": "${word.toUpperCase()}`);
    expect(changedLines(before, after)).toHaveLength(1);
    writeFileSync(capsuleFile, after);

    expect((await sample.cli.spoc('pack', 'first', '-o', 'edited.spoc')).code).toBe(0);
    await sample.cli.spoc('unpack', 'edited.spoc', 'third');
    const original = treeOf(path.join(sample.cli.cwd, 'second'));
    const edited = treeOf(path.join(sample.cli.cwd, 'third'));
    const differing = [...original.keys()].filter((file) => original.get(file) !== edited.get(file));
    expect(differing).toEqual([path.relative(path.join(sample.cli.cwd, 'first'), capsuleFile)]);
  });

  it('does what the README shows: the files it lists, and its one-word edit is the one line it says', async () => {
    const readme = readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
    const diff = /```diff\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const file = /^--- a\/(\S+)$/m.exec(diff)?.[1] ?? '';
    const firstLine = Number(/^@@ -(\d+),/m.exec(diff)?.[1]);
    const [removed, added] = [/^-\s+"text": "(.*)"$/m, /^\+\s+"text": "(.*)"$/m].map((pattern) => (pattern.exec(diff)?.[1] ?? '').split(' … '));
    expect((await sample.cli.spoc('unpack', sample.samplePath, 'course')).code).toBe(0);
    const listed = [...(/```\ncours\/\n([\s\S]*?)```/.exec(readme)?.[1] ?? '').matchAll(/\b(\d\d-[a-z0-9-]+(?:\.capsule|\.quiz)?\.json|\d\d-[a-z0-9-]+\/)/g)].map((match) => match[1]!);
    expect(listed.length).toBeGreaterThan(3);
    const tree = [...treeOf(path.join(sample.cli.cwd, 'course')).keys()].join('\n');
    for (const name of listed) expect(tree, name).toContain(name);

    const where = path.join(sample.cli.cwd, 'course', file);
    const before = readFileSync(where, 'utf8');
    // The hunk shows three lines of context before the changed line.
    const line = before.split('\n')[firstLine + 3 - 1]!;
    for (const piece of removed!) expect(line).toContain(piece.replace(/^…|…$/g, '').trim());
    // The README's edit, applied to the words around the one that changes.
    const [removedWords, addedWords] = [removed!, added!].map((pieces) => pieces.at(-1)!.replace(/…$/, '').trim().split(' '));
    const at = removedWords!.findIndex((candidate, index) => candidate !== addedWords![index]);
    const around = (words: string[]) => words.slice(Math.max(0, at - 2), at + 3).join(' ');
    expect(before).toContain(around(removedWords!));
    writeFileSync(where, before.replace(around(removedWords!), around(addedWords!)));
    expect(changedLines(before, readFileSync(where, 'utf8'))).toEqual([firstLine + 3]);
  });

  it('moves a capsule to another module when its file is moved there', async () => {
    await sample.cli.spoc('unpack', sample.samplePath, 'course');
    const modules = readdirSync(path.join(sample.cli.cwd, 'course/modules'));
    const from = path.join(sample.cli.cwd, 'course/modules', modules[0]!);
    const capsule = readdirSync(from).find((name) => name.endsWith('.capsule.json') && !existsSync(path.join(from, name.replace('.capsule.json', '.quiz.json'))))!;
    const title = JSON.parse(readFileSync(path.join(from, capsule), 'utf8')).title as string;
    writeFileSync(path.join(sample.cli.cwd, 'course/modules', modules[1]!, `99-${capsule}`), readFileSync(path.join(from, capsule)));
    rmSync(path.join(from, capsule));
    expect((await sample.cli.spoc('pack', 'course', '-o', 'moved.spoc')).code).toBe(0);
    const info = await sample.cli.spoc('info', 'moved.spoc');
    const secondModule = info.stdout.split(/\n(?=\S)/).find((block) => block.includes(title));
    expect(secondModule).toBeDefined();
  });

  describe('refuses a folder it cannot trust, says where, and writes nothing', () => {
    beforeEach(async () => {
      await sample.cli.spoc('unpack', sample.samplePath, 'course');
    });

    const expectRefused = async (message: RegExp) => {
      const result = await sample.cli.spoc('pack', 'course', '-o', 'out.spoc');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(readdirSync(sample.cli.cwd).sort()).toEqual(['course']);
    };
    const firstModule = () => path.join(sample.cli.cwd, 'course/modules', readdirSync(path.join(sample.cli.cwd, 'course/modules'))[0]!);

    it('malformed JSON, with the file and line', async () => {
      const file = path.join(firstModule(), 'module.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"title"', '"title" "oops",'));
      await expectRefused(/module\.json, line \d+: this is not valid JSON/);
    });

    it('a field the model refuses, naming the field', async () => {
      const file = path.join(sample.cli.cwd, 'course/course.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"weeklyBudgetMinutes": \d+/, '"weeklyBudgetMinutes": -5'));
      await expectRefused(/course\.json: course\.weeklyBudgetMinutes: /);
    });

    it('says the file, the line and the field’s problem in French to a French locale, with no English detail', async () => {
      const courseFile = path.join(sample.cli.cwd, 'course/course.json');
      const packInFrench = async () => {
        const err: string[] = [];
        expect(await runCli(['pack', 'course', '-o', 'out.spoc'], { out: () => {}, err: (text) => err.push(text), cwd: sample.cli.cwd, language: 'fr' })).toBe(1);
        return err.join('\n');
      };
      const original = readFileSync(courseFile, 'utf8');
      writeFileSync(courseFile, original.replace(/"weeklyBudgetMinutes": \d+/, '"weeklyBudgetMinutes": -5'));
      expect(await packInFrench()).toBe(`spoc pack: ${courseFile}${fr(' : course.weeklyBudgetMinutes : doit valoir au moins 0. Corrigez ce champ en suivant les autres fichiers du dossier.')}`);
      writeFileSync(courseFile, original.replace('"title"', '"title" "oops",'));
      expect(await packInFrench()).toBe(`spoc pack: ${courseFile}${fr(', ligne 5 : ce n’est pas du JSON valide. Corrigez la syntaxe à cet endroit (une virgule ou un guillemet qui manque, par exemple).')}`);
      expect(readdirSync(sample.cli.cwd).sort()).toEqual(['course']);
    });

    it('a media path that climbs out of the folder', async () => {
      const file = path.join(sample.cli.cwd, 'course/media.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"fileName": "[^"]+"/, '"fileName": "../../etc/passwd"'));
      await expectRefused(/media\.json, line \d+: "\.\.\/\.\.\/etc\/passwd" is not a plain file name: media files sit directly in media\/\. Give the file's own name there/);
    });

    it('a link that points outside the folder', async () => {
      symlinkSync('/etc/hostname', path.join(sample.cli.cwd, 'course/media/extra.txt'));
      await expectRefused(/is a link or a special file/);
    });

    it('a file it does not know', async () => {
      writeFileSync(path.join(firstModule(), 'notes.txt'), 'à voir');
      await expectRefused(/does not know this file/);
    });

    it('a quiz without its capsule', async () => {
      const quiz = readdirSync(path.join(sample.cli.cwd, 'course/modules')).flatMap((module) =>
        readdirSync(path.join(sample.cli.cwd, 'course/modules', module))
          .filter((name) => name.endsWith('.quiz.json'))
          .map((name) => path.join(sample.cli.cwd, 'course/modules', module, name)),
      )[0]!;
      rmSync(quiz.replace('.quiz.json', '.capsule.json'));
      await expectRefused(/no capsule file of the same name/);
    });
  });

  it('never overwrites a folder or a project', async () => {
    await sample.cli.spoc('unpack', sample.samplePath, 'course');
    expect((await sample.cli.spoc('unpack', sample.samplePath, 'course')).stderr).toMatch(/already exists/);
    expect((await sample.cli.spoc('pack', 'course', '-o', path.relative(sample.cli.cwd, sample.samplePath))).stderr).toMatch(/already exists/);
  });
});

describe('file names of the folder', () => {
  it('are readable ASCII cut at a word boundary', async () => {
    const { slugOf } = await import('../../../../shared/interchange/courseFolder');
    expect(slugOf('Écouter activement : la reformulation !')).toBe('ecouter-activement-la-reformulation');
    expect(slugOf('S’affirmer sans agresser : la communication assertive')).toBe('s-affirmer-sans-agresser-la');
    expect(slugOf('???')).toBe('sans-titre');
  });
});
