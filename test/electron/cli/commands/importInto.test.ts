import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PACKAGE_SOURCE_PATH } from '../../../../shared/interchange/packageSource';
import { mediaIdsIn } from '../../../../shared/authoring/mediaReferences';
import { byPosition } from '../../../../shared/model/byPosition';
import type { CourseDocument } from '../../../../shared/model/courseDocument';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { readCourseDocument } from '../../../../electron/services/project/readCourseDocument';
import { clientDocument } from '../../../support/clientWordDocument';
import { createTestServices } from '../../services/serviceHarness';
import { runCli } from '../../../../electron/cli/runCli';
import { cliInTempDir } from '../cliHarness';

const RESOURCES = path.resolve(__dirname, '../../../../resources');

function readProject(file: string): CourseDocument {
  const project = ProjectFile.open(file);
  try {
    return readCourseDocument(project.db);
  } finally {
    project.close();
  }
}

const moduleTitles = (doc: CourseDocument) => [...doc.modules].sort(byPosition).map((module) => module.title);
const capsulesOf = (doc: CourseDocument, title: string) => {
  const module = doc.modules.find((candidate) => candidate.title === title)!;
  return doc.capsules.filter((capsule) => capsule.moduleId === module.id).sort(byPosition);
};

describe('spoc import FILE --into PROJECT.spoc (into an existing course)', () => {
  let harness: ReturnType<typeof createTestServices>;
  let samplePath: string;
  let sample: CourseDocument;
  let cli: ReturnType<typeof cliInTempDir>;
  const file = (name: string) => path.join(cli.cwd, name);

  beforeAll(async () => {
    harness = createTestServices({ resourcesDir: RESOURCES });
    samplePath = (await harness.api.openSampleProject({})).path;
    await harness.api.closeProject({});
    sample = readProject(samplePath);
    cli = cliInTempDir();
    writeFileSync(file('procedure.docx'), await clientDocument());
  });
  afterAll(() => {
    harness.cleanup();
    rmSync(cli.cwd, { recursive: true, force: true });
  });
  beforeEach(() => {
    rmSync(file('cours.spoc'), { force: true });
    copyFileSync(samplePath, file('cours.spoc'));
  });

  it('adds a Word document’s modules after module 2, leaves the rest as it was, and undo removes all of it in one step', async () => {
    const result = await cli.spoc('import', 'procedure.docx', '--into', 'cours.spoc', '--after-module', '2');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('2 modules, 3 capsules added after module 2');

    const after = readProject(file('cours.spoc'));
    const titles = moduleTitles(sample);
    expect(moduleTitles(after)).toEqual([titles[0], titles[1], 'Accueil au poste', 'En cas d’incident', titles[2], titles[3]]);
    expect(capsulesOf(after, 'Accueil au poste').map((capsule) => capsule.title)).toEqual(['Les équipements', 'La vidéo d’accueil']);
    // The framing, objectives and the course's own capsules are untouched.
    expect(after.course).toEqual(sample.course);
    expect(after.objectives).toEqual(sample.objectives);
    for (const capsule of sample.capsules) expect(after.capsules.find((candidate) => candidate.id === capsule.id)).toEqual(capsule);
    // The document's picture is stored and the imported capsule points at it.
    const picture = after.media.find((asset) => !sample.media.some((known) => known.id === asset.id))!;
    expect(picture.kind).toBe('image');
    expect(capsulesOf(after, 'Accueil au poste').some((capsule) => mediaIdsIn(capsule.content).has(picture.id))).toBe(true);

    const api = harness.restart();
    harness.answers.projectToOpen = file('cours.spoc');
    await api.openProject({});
    expect((await api.getHistory({})).undoLabel).toBe('importIntoCourse');
    try {
      await api.undo({});
      const undone = await api.getCourseDocument({});
      expect(moduleTitles(undone)).toEqual(titles);
      expect(undone.capsules.length).toBe(sample.capsules.length);
      expect(undone.quizzes.length).toBe(sample.quizzes.length);
      await api.redo({});
      expect(moduleTitles(await api.getCourseDocument({}))).toEqual(moduleTitles(after));
    } finally {
      await api.closeProject({});
    }
  });

  it('adds a course folder and one of our packages whole (quizzes and media), at the end by default, under new ids', async () => {
    expect((await cli.spoc('unpack', samplePath, 'dossier')).code).toBe(0);
    const fromFolder = await cli.spoc('import', 'dossier', '--into', 'cours.spoc');
    expect(fromFolder.stderr).toBe('');
    expect(fromFolder.stdout).toContain('4 modules, 19 capsules added at the end');
    const doubled = readProject(file('cours.spoc'));
    expect(moduleTitles(doubled)).toEqual([...moduleTitles(sample), ...moduleTitles(sample)]);
    expect(doubled.quizzes.length).toBe(2 * sample.quizzes.length);
    expect(doubled.questions.length).toBe(2 * sample.questions.length);
    expect(new Set(doubled.capsules.map((capsule) => capsule.id)).size).toBe(2 * sample.capsules.length);
    // The same media bytes are not stored twice.
    expect(doubled.media.length).toBe(sample.media.length);

    expect((await cli.spoc('export', samplePath, '--scorm', '2004-4th', '-o', 'paquet.zip')).code).toBe(0);
    const fromPackage = await cli.spoc('import', 'paquet.zip', '--into', 'cours.spoc', '--after-module', '1');
    expect(fromPackage.stderr).toBe('');
    expect(moduleTitles(readProject(file('cours.spoc'))).slice(0, 6)).toEqual([moduleTitles(sample)[0], ...moduleTitles(sample), moduleTitles(sample)[1]]);
    expect((await cli.spoc('validate', 'cours.spoc')).code).toBe(0);
  });

  describe('refuses what it cannot trust, and the course stays as it was', () => {
    async function expectRefused(input: string, message: RegExp, ...options: string[]) {
      const result = await cli.spoc('import', input, '--into', 'cours.spoc', ...options);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(message);
      const after = readProject(file('cours.spoc'));
      expect(after).toEqual(sample);
      const api = harness.restart();
      harness.answers.projectToOpen = file('cours.spoc');
      await api.openProject({});
      try {
        expect((await api.getHistory({})).canUndo).toBe(false);
      } finally {
        await api.closeProject({});
      }
    }

    it('a package whose embedded source was forged', async () => {
      expect((await cli.spoc('export', samplePath, '--scorm', '1.2', '-o', 'forge.zip')).code).toBe(0);
      const zip = new AdmZip(file('forge.zip'));
      const source = JSON.parse(zip.readAsText(PACKAGE_SOURCE_PATH)) as { files: { path: string; text: string }[] };
      const media = source.files.find((entry) => entry.path === 'media.json')!;
      media.text = media.text.replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${'f'.repeat(64)}"`);
      zip.updateFile(PACKAGE_SOURCE_PATH, Buffer.from(JSON.stringify(source)));
      writeFileSync(file('forge.zip'), zip.toBuffer());
      await expectRefused('forge.zip', /lacks media\/f{64}\.\w+, a media file its source lists/);
    });

    it('a package whose last media file was swapped: the media stored before it are not kept', async () => {
      expect((await cli.spoc('export', samplePath, '--scorm', '1.2', '-o', 'swap.zip')).code).toBe(0);
      const zip = new AdmZip(file('swap.zip'));
      const source = JSON.parse(zip.readAsText(PACKAGE_SOURCE_PATH)) as { files: { path: string; text: string }[] };
      const listed = JSON.parse(source.files.find((entry) => entry.path === 'media.json')!.text) as { sha256: string; fileName: string }[];
      // The media are stored in the order of media.json: the last one fails after the others were stored.
      const last = zip.getEntries().find((entry) => entry.entryName.startsWith(`media/${listed[listed.length - 1]!.sha256}`))!;
      zip.updateFile(last, Buffer.concat([last.getData(), Buffer.from('forged')]));
      writeFileSync(file('swap.zip'), zip.toBuffer());
      rmSync(file('vide.spoc'), { force: true });
      expect((await cli.spoc('new', 'vide.spoc', '--title', 'Vide')).code).toBe(0);
      const result = await cli.spoc('import', 'swap.zip', '--into', 'vide.spoc');
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/does not match the SHA-256 its source gives: the package was altered/);
      const project = ProjectFile.open(file('vide.spoc'));
      try {
        expect(project.db.prepare('SELECT COUNT(*) FROM media_assets').pluck().get()).toBe(0);
        expect(project.db.prepare('SELECT COUNT(*) FROM media_contents').pluck().get()).toBe(0);
        expect(project.db.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get()).toBe(0);
      } finally {
        project.close();
      }
    });

    it('a course folder with a path climbing out of it, or malformed JSON (file and line)', async () => {
      expect((await cli.spoc('unpack', samplePath, 'sournois')).code).toBe(0);
      const mediaList = file('sournois/media.json');
      writeFileSync(mediaList, readFileSync(mediaList, 'utf8').replace(/"fileName": "[^"]+"/, '"fileName": "../../../etc/passwd"'));
      await expectRefused('sournois', /sournois\/media\.json, line \d+: "\.\.\/\.\.\/\.\.\/etc\/passwd" is not a plain file name/);
      const courseFile = file('sournois/course.json');
      writeFileSync(courseFile, readFileSync(courseFile, 'utf8').replace('"title"', '"title" "oops",'));
      await expectRefused('sournois', /sournois\/course\.json, line \d+: this is not valid JSON/);
    });

    it('a Word document linking a picture from outside it', async () => {
      const zip = new AdmZip(await clientDocument());
      const rels = zip.getEntry('word/_rels/document.xml.rels')!;
      zip.updateFile(rels, Buffer.from(rels.getData().toString('utf8').replace(/(<Relationship [^>]*Type="[^"]*\/image"[^>]*?)Target="[^"]*"/, '$1Target="https://example.invalid/x.png" TargetMode="External"')));
      writeFileSync(file('lien.docx'), zip.toBuffer());
      await expectRefused('lien.docx', /shows a picture linked from outside it \(https:\/\/example\.invalid\/x\.png\)/);
    });

    it('a project given to --into that does not exist, said in the locale’s language, and nothing is created', async () => {
      const err: string[] = [];
      const code = await runCli(['import', 'procedure.docx', '--into', 'absent.spoc'], { out: () => {}, err: (text) => err.push(text), cwd: cli.cwd, language: 'fr' });
      expect(code).toBe(1);
      expect(err.join('\n')).toBe(`spoc import: Aucun projet à ${file('absent.spoc')}. Donnez à --into un projet existant, ou créez-en un nouveau avec -o.`);
      expect(existsSync(file('absent.spoc'))).toBe(false);
    });

    it('a module number that is not in the course', async () => {
      await expectRefused('procedure.docx', /--after-module must be a module number from 1 to 4, not "9"/, '--after-module', '9');
    });
  });
});
