import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateCapsuleContent } from '../../../../shared/editor/validateCapsuleContent';
import { BLOCK } from '../../../../shared/model/blocks';
import type { CourseDocument } from '../../../../shared/model/courseDocument';
import { byPosition } from '../../../../shared/model/byPosition';
import { plainTextOf, type RichTextNode } from '../../../../shared/model/richText';
import { ProjectFile } from '../../../../electron/services/project/projectFile';
import { readCourseDocument } from '../../../../electron/services/project/readCourseDocument';
import { createTestServices } from '../../services/serviceHarness';
import { cliInTempDir } from '../cliHarness';
import { clientDocument, PNG } from '../../../support/clientWordDocument';

const RESOURCES = path.resolve(__dirname, '../../../../resources');

function readProject(file: string): CourseDocument {
  const project = ProjectFile.open(file);
  try {
    return readCourseDocument(project.db);
  } finally {
    project.close();
  }
}

/** The outline and texts a designer compares: modules, their capsules, each capsule's paragraphs and script rows. */
function outlineAndTexts(doc: CourseDocument) {
  const top = (capsuleContent: RichTextNode[] | undefined, type: string) => (capsuleContent ?? []).filter((node) => node.type === type);
  return [...doc.modules].sort(byPosition).map((module) => ({
    module: module.title,
    capsules: doc.capsules
      .filter((capsule) => capsule.moduleId === module.id)
      .sort(byPosition)
      .map((capsule) => ({
        title: capsule.title,
        kind: capsule.kind,
        paragraphs: top(capsule.content.content, 'paragraph').map((node) => plainTextOf(node)).filter(Boolean),
        scriptRows: top(capsule.content.content, BLOCK.videoScript).flatMap((script) => (script.content ?? []).map((row) => (row.content ?? []).map((cell) => plainTextOf(cell)))),
      })),
  }));
}

describe('spoc import DOC.docx', () => {
  let cli: ReturnType<typeof cliInTempDir>;
  const file = (name: string) => path.join(cli.cwd, name);

  beforeEach(() => {
    cli = cliInTempDir();
  });
  afterEach(() => rmSync(cli.cwd, { recursive: true, force: true }));

  /** The import failed with a message matching `message`, and left nothing but the input behind. */
  async function expectRefused(input: string, message: RegExp, ...options: string[]) {
    const before = readdirSync(cli.cwd).sort();
    const result = await cli.spoc('import', input, '-o', 'nouveau.spoc', ...options);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(cli.cwd).sort()).toEqual(before);
  }

  it('reads our own storyboard back with the same outline, texts and video scripts', async () => {
    const harness = createTestServices({ resourcesDir: RESOURCES });
    try {
      const samplePath = (await harness.api.openSampleProject({})).path;
      await harness.api.closeProject({});
      const original = readProject(samplePath);
      expect((await cli.spoc('storyboard', samplePath, '-o', 'storyboard.docx')).code).toBe(0);

      const result = await cli.spoc('import', 'storyboard.docx', '-o', 'relu.spoc');
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toContain('Note:');
      expect(result.code).toBe(0);
      const imported = readProject(file('relu.spoc'));
      expect(outlineAndTexts(imported)).toEqual(outlineAndTexts(original));
      expect(outlineAndTexts(original).flatMap((module) => module.capsules).some((capsule) => capsule.scriptRows.length > 0)).toBe(true);
      expect(imported.course.title).toBe(original.course.title);
      expect(imported.course.language).toBe(original.course.language);
      for (const capsule of imported.capsules) expect(validateCapsuleContent(capsule.content), capsule.title).toBeNull();
      // The sample's pictures come back as media with their alternative text and caption (its SVGs as
      // the PNG the storyboard embeds beside them, which is what Word shows).
      const images = (doc: CourseDocument) => doc.capsules.flatMap((capsule) => (capsule.content.content ?? []).filter((node) => node.type === BLOCK.image).map((node) => ({ alt: node.attrs?.alt, caption: node.attrs?.caption })));
      expect(images(imported).length).toBeGreaterThan(0);
      expect(images(imported)).toEqual(images(original));
      expect(imported.media.length).toBe(new Set(original.capsules.flatMap((capsule) => (capsule.content.content ?? []).filter((node) => node.type === BLOCK.image).map((node) => node.attrs?.mediaId))).size);
      expect(imported.media.every((asset) => asset.kind === 'image' && asset.mimeType === 'image/png')).toBe(true);
    } finally {
      harness.cleanup();
    }
  });

  it('turns a client’s document into modules, capsules and content in the editor’s schema', async () => {
    writeFileSync(file('procedure.docx'), await clientDocument());
    const result = await cli.spoc('import', 'procedure.docx', '-o', 'procedure.spoc');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('2 modules, 3 capsules, 1 images');
    expect(result.stdout).toContain('Note: 1 paragraph before the first module heading was not kept.');
    const doc = readProject(file('procedure.spoc'));
    const outline = outlineAndTexts(doc);
    expect(outline.map((module) => [module.module, module.capsules.map((capsule) => capsule.title)])).toEqual([
      ['Accueil au poste', ['Les équipements', 'La vidéo d’accueil']],
      ['En cas d’incident', ['Alerter']],
    ]);
    expect(doc.modules.find((module) => module.title === 'Accueil au poste')!.summary).toBe('Ce module présente le poste.');
    const [equipment, video] = [...doc.capsules].sort((a, b) => a.title.localeCompare(b.title)).filter((capsule) => capsule.title !== 'Alerter').reverse();
    for (const capsule of doc.capsules) expect(validateCapsuleContent(capsule.content), capsule.title).toBeNull();

    const blocks = equipment!.content.content!;
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'heading', 'bulletList', 'table', BLOCK.image]);
    expect(blocks[0]!.content).toContainEqual({ type: 'text', text: 'toujours', marks: [{ type: 'bold' }] });
    expect(blocks[1]).toMatchObject({ attrs: { level: 2 }, content: [{ text: 'À vérifier' }] });
    expect(plainTextOf(blocks[2]!)).toBe('Gants\nLunettes');
    expect(plainTextOf(blocks[3]!)).toContain('Écrasement');
    expect(blocks[4]!.attrs).toMatchObject({ alt: 'Une paire de gants de protection', mediaId: doc.media[0]!.id });
    expect(doc.media[0]).toMatchObject({ mimeType: 'image/png', size: PNG.length, kind: 'image' });

    expect(video!.kind).toBe('video');
    expect(outline[0]!.capsules[1]!.scriptRows).toEqual([
      ['Bienvenue dans l’atelier.', 'Plan large de l’atelier.'],
      ['Voici votre poste.', 'Gros plan sur la presse.'],
    ]);
  });

  it('uses the heading levels the designer chose', async () => {
    writeFileSync(file('procedure.docx'), await clientDocument());
    expect((await cli.spoc('import', 'procedure.docx', '-o', 'niveaux.spoc', '--module-level', '2', '--capsule-level', '3')).code).toBe(0);
    const outline = outlineAndTexts(readProject(file('niveaux.spoc')));
    expect(outline.map((module) => [module.module, module.capsules.map((capsule) => capsule.title)])).toEqual([
      ['Les équipements', ['À vérifier']],
      ['La vidéo d’accueil', []],
      ['Alerter', []],
    ]);
  });

  it('says which heading levels the document uses when none matches, and writes nothing', async () => {
    writeFileSync(file('procedure.docx'), await clientDocument());
    await expectRefused('procedure.docx', /no module heading \(Heading 4\) was found; its headings are at levels 1, 2, 3/, '--module-level', '4', '--capsule-level', '5');
    const flat = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Juste du texte.')] }] }));
    writeFileSync(file('plat.docx'), flat);
    await expectRefused('plat.docx', /has no headings \(Word styles Heading 1, Heading 2…\)/);
  });

  it('refuses a file that is not a Word document', async () => {
    writeFileSync(file('faux.docx'), 'bonjour');
    await expectRefused('faux.docx', /not a valid zip archive/);
    const zip = new AdmZip();
    zip.addFile('readme.txt', Buffer.from('pas un docx'));
    zip.writeZip(file('zip.docx'));
    await expectRefused('zip.docx', /is not a Word document \(\.docx\): it has no word\/document\.xml/);
  });

  it('refuses a document larger than the import limit', async () => {
    writeFileSync(file('gros.docx'), '');
    truncateSync(file('gros.docx'), 51 * 1024 * 1024);
    await expectRefused('gros.docx', /is 53 MB; a Word document to import may be at most 50 MB/);
  });

  describe('zip bombs', () => {
    /** A real docx with one extra entry of zeros whose central-directory size is set to `declared`. */
    async function bomb(declared: number): Promise<Buffer> {
      const zip = new AdmZip(await clientDocument());
      zip.addFile('word/media/padding.bin', Buffer.alloc(4 * 1024 * 1024));
      const bytes = zip.toBuffer();
      const name = Buffer.from('word/media/padding.bin');
      const at = bytes.lastIndexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]), bytes.lastIndexOf(name));
      expect(bytes.subarray(at + 46, at + 46 + name.length)).toEqual(name);
      bytes.writeUInt32LE(declared, at + 24);
      return bytes;
    }

    it('refuses an archive that says it unpacks to more than the limit, before unpacking it', async () => {
      writeFileSync(file('bombe.docx'), await bomb(0xf0000000));
      await expectRefused('bombe.docx', /unpacks to more than 262 MB: it is refused as a possible zip bomb/);
    });

    it('refuses an entry that unpacks to more than its record says', async () => {
      writeFileSync(file('menteur.docx'), await bomb(1_000));
      await expectRefused('menteur.docx', /the file word\/media\/padding\.bin cannot be unpacked or is larger than its archive says \(a possible zip bomb\)/);
    });
  });

  it('refuses a picture linked from outside the document, without fetching it', async () => {
    const zip = new AdmZip(await clientDocument());
    const rels = zip.getEntry('word/_rels/document.xml.rels')!;
    const linked = rels
      .getData()
      .toString('utf8')
      .replace(/(<Relationship [^>]*Type="[^"]*\/image"[^>]*?)Target="[^"]*"/, '$1Target="https://example.invalid/espion.png" TargetMode="External"');
    expect(linked).toContain('TargetMode="External"');
    zip.updateFile(rels, Buffer.from(linked));
    writeFileSync(file('lien.docx'), zip.toBuffer());
    await expectRefused('lien.docx', /shows a picture linked from outside it \(https:\/\/example\.invalid\/espion\.png\)\. SPOC Studio never fetches external files/);
  });

  it('never overwrites an existing project', async () => {
    writeFileSync(file('procedure.docx'), await clientDocument());
    writeFileSync(file('nouveau.spoc'), 'ancien');
    const result = await cli.spoc('import', 'procedure.docx', '-o', 'nouveau.spoc');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already exists');
    expect(readFileSync(file('nouveau.spoc'), 'utf8')).toBe('ancien');
    expect(existsSync(file('procedure.docx'))).toBe(true);
  });
});
