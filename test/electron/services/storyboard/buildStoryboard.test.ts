import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStoryboard } from '../../../../electron/services/storyboard/buildStoryboard';
import { MAX_EMBEDDED_IMAGE_BYTES } from '../../../../electron/services/storyboard/pictureRun';
import { BLOCK } from '../../../../shared/model/blocks';
import type { Question } from '../../../../shared/model/course';
import { byPosition } from '../../../../shared/model/byPosition';
import type { CourseDocument } from '../../../../shared/model/courseDocument';
import { plainTextOf, type RichTextNode } from '../../../../shared/model/richText';
import { createTestServices } from '../serviceHarness';
import { docxEntries, docxPart, plain, readStoryboard } from './storyboardReader';
import { loadSampleCourse } from '../../../support/sampleCourse';

const RESOURCES = path.resolve(__dirname, '../../../../resources');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((candidate) => existsSync(candidate));

function scriptRowsOf(doc: CourseDocument): { narration: string; screen: string }[] {
  const rows: { narration: string; screen: string }[] = [];
  const visit = (node: RichTextNode): void => {
    if (node.type === BLOCK.videoScriptRow) {
      const column = (type: string) => (node.content ?? []).filter((cell) => cell.type === type).map((cell) => plain(plainTextOf(cell))).join(' ');
      rows.push({ narration: column(BLOCK.scriptNarration), screen: column(BLOCK.scriptScreen) });
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const capsule of doc.capsules) visit(capsule.content);
  return rows;
}

const choiceQuestions = (doc: CourseDocument) =>
  doc.questions.filter((question): question is Extract<Question, { type: 'single-choice' | 'multiple-choice' }> => question.type === 'single-choice' || question.type === 'multiple-choice');

describe('Word storyboard of the sample course', () => {
  let harness: ReturnType<typeof createTestServices>;
  let doc: CourseDocument;
  let docx: Buffer;
  let docxPath: string;
  let read: Awaited<ReturnType<typeof readStoryboard>>;

  beforeAll(async () => {
    harness = createTestServices({ resourcesDir: RESOURCES });
    await harness.api.openSampleProject({});
    doc = await harness.api.getCourseDocument({});
    const file = await harness.api.exportStoryboard({});
    docxPath = file!.path;
    docx = readFileSync(docxPath);
    read = await readStoryboard(docx);
  });
  afterAll(() => harness.cleanup());

  it('is read by an independent .docx reader without errors', () => {
    expect(read.errors).toEqual([]);
    expect(read.text.length).toBeGreaterThan(50_000);
  });

  it('is written under the course title, and nothing half-written is left beside it', () => {
    expect(path.basename(docxPath)).toBe(`${doc.course.title} - storyboard.docx`);
    expect(readdirSync(path.dirname(docxPath)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(docx.length).toBeGreaterThan(10_000);
    expect(readFileSync(docxPath).subarray(0, 2).toString()).toBe('PK');
  });

  it('has every module as a Heading 1 and every capsule title as a Heading 2, in course order', () => {
    const modules = [...doc.modules].sort(byPosition);
    const expected = modules.flatMap((module) => [...doc.capsules.filter((capsule) => capsule.moduleId === module.id)].sort(byPosition).map((capsule) => capsule.title));
    const capsuleHeadings = read.headings(2).filter((heading) => /^\d+\.\d+ · /.test(heading)).map((heading) => heading.replace(/^\d+\.\d+ · /, ''));
    expect(capsuleHeadings).toEqual(expected);
    for (const [index, module] of modules.entries()) expect(read.headings(1)).toContain(`Module ${index + 1} · ${module.title}`);
  });

  it('has every video script row as a two-column row, under a repeated Narration / À l’écran header', () => {
    const scriptRows = scriptRowsOf(doc);
    expect(scriptRows.length).toBeGreaterThan(0);
    for (const row of scriptRows) expect(read.rows).toContainEqual([row.narration, row.screen]);
    expect(read.headerRows.filter((header) => header === 'Narration À l’écran')).toHaveLength(doc.capsules.filter((capsule) => JSON.stringify(capsule.content).includes(`"${BLOCK.videoScript}"`)).length);
  });

  it('marks every correct option of every choice question, and no wrong one', () => {
    const options = choiceQuestions(doc).flatMap((question) => question.options);
    expect(options.some((option) => option.correct)).toBe(true);
    for (const option of options) {
      const text = plain(option.text);
      const lines = read.paragraphs.filter((paragraph) => paragraph === `✔ ${text} (bonne réponse)` || paragraph === `○ ${text}`);
      expect(lines, text).toHaveLength(1);
      expect(lines[0], `${text} marked ${option.correct ? 'correct' : 'wrong'}`).toBe(option.correct ? `✔ ${text} (bonne réponse)` : `○ ${text}`);
    }
  });

  it('gives the right answer of every other question type, with each question’s feedback', () => {
    for (const question of doc.questions) {
      const expected: string[] =
        question.type === 'fill-in'
            ? [`✔ Réponses acceptées : ${question.acceptedAnswers.join(' / ')}`]
            : question.type === 'matching'
              ? question.pairs.map((pair) => `✔ ${pair.left} → ${pair.right}`)
              : question.type === 'ordering'
                ? question.items.map((item, index) => `✔ ${index + 1}. ${item.text}`)
                : question.type === 'numeric'
                  ? [`✔ Bonne réponse : ${String(question.answer).replace('.', ',')}`]
                  : [];
      for (const line of expected) expect(read.paragraphs.some((paragraph) => paragraph.startsWith(line)), line).toBe(true);
      if (question.feedbackCorrect.trim()) expect(read.text).toContain(plain(question.feedbackCorrect));
    }
    const trueFalse = doc.questions.filter((question) => question.type === 'true-false');
    const count = (line: string) => read.paragraphs.filter((paragraph) => paragraph === line).length;
    expect(trueFalse.length).toBeGreaterThan(0);
    expect(count('✔ Vrai (bonne réponse)')).toBe(trueFalse.filter((question) => question.answer).length);
    expect(count('✔ Faux (bonne réponse)')).toBe(trueFalse.filter((question) => !question.answer).length);
  });

  it('repeats table header rows on each page, puts the course title in the header and page numbers in the footer', () => {
    const body = docxPart(docx, 'word/document.xml');
    expect(body.match(/<w:tblHeader\/>/g)!.length).toBeGreaterThan(5);
    const parts = docxEntries(docx);
    const header = parts.filter((name) => /^word\/header\d+\.xml$/.test(name)).map((name) => docxPart(docx, name)).join('');
    const footer = parts.filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => docxPart(docx, name)).join('');
    expect(header).toContain(doc.course.title.replace('’', '’'));
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('uses real heading styles with outline levels, so the navigation pane lists them', () => {
    const styles = docxPart(docx, 'word/styles.xml');
    for (const level of [1, 2, 3]) expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}".*?<w:outlineLvl w:val="${level - 1}"/>`));
    expect(docxPart(docx, 'word/document.xml')).toContain('<w:pStyle w:val="Heading1"/>');
    // Marked French, so Word checks the spelling in French.
    expect(styles).toMatch(/<w:rPrDefault>.*<w:lang w:val="fr-FR"\/>.*<\/w:rPrDefault>/);
  });

  it('embeds the capsules’ images with their alternative text', () => {
    const images = doc.capsules.flatMap((capsule) => JSON.stringify(capsule.content).match(/"type":"image","attrs":\{[^}]*\}/g) ?? []);
    expect(images.length).toBeGreaterThan(0);
    expect(docxEntries(docx).filter((name) => name.startsWith('word/media/') && name.endsWith('.svg'))).toHaveLength(images.length);
    const altTexts = [...docxPart(docx, 'word/document.xml').matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => plain(match[1]!.replace(/&apos;/g, "'")));
    for (const capsule of doc.capsules) {
      const visit = (node: RichTextNode): void => {
        if (node.type === BLOCK.image) {
          const alt = String(node.attrs?.alt ?? '');
          expect(altTexts).toContain(alt);
          expect(read.text).toContain(`Texte alternatif : ${alt}`);
        }
        for (const child of node.content ?? []) visit(child);
      };
      visit(capsule.content);
    }
  });

  it('has the framing sheet, the objectives with their Bloom level, the outline durations and the live sessions', () => {
    expect(read.text).toContain(plain(doc.course.businessProblem));
    for (const competency of doc.course.competencies) expect(read.text).toContain(plain(competency));
    const applyObjective = doc.objectives.find((objective) => objective.bloomLevel === 'apply')!;
    expect(read.rows).toContainEqual([applyObjective.code, applyObjective.text, 'Appliquer']);
    for (const session of doc.liveSessions) expect(read.text).toContain(session.title);
    expect(read.headings(1)).toEqual(expect.arrayContaining(['Cadrage', 'Objectifs pédagogiques', 'Plan du cours', 'Rythme semaine par semaine', 'Commentaires ouverts de la dernière relecture']));
    expect(read.text).toContain('Aucune relecture n’a encore eu lieu');
  });

  describe.skipIf(!SOFFICE)(`in LibreOffice${SOFFICE ? '' : ' (skipped: soffice is not installed; apt-get install libreoffice-writer-nogui)'}`, () => {
    it('converts to a PDF of many pages', () => {
      const outDir = mkdtempSync(path.join(tmpdir(), 'spoc-storyboard-pdf-'));
      try {
        const input = path.join(outDir, 'storyboard.docx');
        writeFileSync(input, docx);
        execFileSync(SOFFICE!, [`-env:UserInstallation=file://${outDir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, input], { stdio: 'pipe', timeout: 120_000 });
        const pdf = readFileSync(path.join(outDir, 'storyboard.pdf'));
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages.length).toBeGreaterThan(doc.modules.length + 4);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    }, 120_000);
  });
});

describe('Word storyboard options', () => {
  let doc: CourseDocument;
  beforeAll(() => {
    doc = loadSampleCourse();
  });

  it('is written in English for an English course', async () => {
    const docx = await buildStoryboard({ doc: { ...doc, course: { ...doc.course, language: 'en' } } });
    const read = await readStoryboard(docx);
    expect(read.headerRows).toContain('Narration On screen');
    expect(read.headings(1)).toEqual(expect.arrayContaining(['Framing', 'Learning objectives', 'Course outline', 'Week-by-week pacing', 'Open comments from the last review round']));
    expect(read.paragraphs.some((paragraph) => paragraph.endsWith('(correct answer)'))).toBe(true);
    expect(read.text).not.toContain('(bonne réponse)');
    expect(docxPart(docx, 'word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
  });

  it('lists the open comments of the last round, quoted passages included, as inert text', async () => {
    const comments = [
      { place: 'Module 2 · L’écoute active', reviewer: 'Nadia (RH)', text: 'Ajouter un exemple tiré de l’atelier.', quote: 'reformuler' },
      { place: 'Question 3', reviewer: '<b>Paul</b>', text: '<script>alert(1)</script> & co' },
    ];
    const read = await readStoryboard(await buildStoryboard({ doc, comments }));
    expect(read.text).toContain('2 commentaires attendent une réponse.');
    expect(read.text).toContain('1. Module 2 · L’écoute active « reformuler » Nadia (RH) : Ajouter un exemple tiré de l’atelier.');
    expect(read.text).toContain('<b>Paul</b> : <script>alert(1)</script> & co');
  });

  it('says when the last round left no open comment', async () => {
    const read = await readStoryboard(await buildStoryboard({ doc, comments: [] }));
    expect(read.text).toContain('Aucun commentaire ouvert');
  });

  it('renders every kind of block: links kept only when safe, lists, tables with their header, boxes, media with duration and transcript', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const asset = (id: string, fileName: string, mimeType: string, kind: 'image' | 'document', size: number) => ({
      ...doc.media[0]!, id, fileName, mimeType, kind, size, sha256: id.replace(/-/g, '').padEnd(64, '0').slice(0, 64), width: null, height: null,
    });
    const picture = asset('01a20eb1-0000-7000-8000-00000000aa01', 'schema.png', 'image/png', 'image', png.length);
    const sheet = asset('01a20eb1-0000-7000-8000-00000000aa02', 'fiche.pdf', 'application/pdf', 'document', 12_345);
    const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
    const para = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
    const cell = (type: string, value: string): RichTextNode => ({ type, content: [para(text(value))] });
    const content: RichTextNode[] = [
      { type: 'heading', attrs: { level: 1 }, content: [text('Titre interne')] },
      para(text('Voir '), text('le site', [{ type: 'link', attrs: { href: 'https://example.org/guide' } }]), text(' et '), text('ceci', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text(' en gras', [{ type: 'bold' }])),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Point')), { type: 'orderedList', content: [{ type: 'listItem', content: [para(text('Étape un'))] }] }] }] },
      { type: 'blockquote', content: [para(text('Une citation'))] },
      { type: 'codeBlock', content: [text('ligne 1\nligne 2')] },
      { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Colonne A'), cell('tableHeader', 'Colonne B')] }, { type: 'tableRow', content: [cell('tableCell', 'a1'), cell('tableCell', 'b1')] }] },
      { type: BLOCK.callout, attrs: { tone: 'warning' }, content: [para(text('Prudence'))] },
      { type: BLOCK.activityInstructions, attrs: { mode: 'synchronous' }, content: [para(text('En direct'))] },
      { type: BLOCK.video, attrs: { mediaId: null, captionsMediaId: null, transcript: 'Bonjour\nSuite du texte', durationSeconds: 272 } },
      { type: BLOCK.audio, attrs: { mediaId: null, transcript: '', durationSeconds: 45 } },
      { type: BLOCK.resource, attrs: { mediaId: sheet.id, label: 'Fiche réflexe' } },
      { type: BLOCK.image, attrs: { mediaId: picture.id, alt: 'Un schéma', caption: 'Figure 1' } },
      { type: BLOCK.image, attrs: { mediaId: '01a20eb1-0000-7000-8000-00000000dead', alt: 'Perdue', caption: '' } },
      { type: 'futureBlock', content: [text('Texte gardé')] },
    ];
    const [first, ...others] = [...doc.capsules].sort(byPosition);
    const docx = await buildStoryboard({
      doc: { ...doc, media: [...doc.media, picture, sheet], capsules: [{ ...first!, content: { type: 'doc', content } }, ...others] },
      images: new Map([[picture.sha256, png]]),
    });
    const { html, text: all, headerRows, headings } = await readStoryboard(docx);

    expect(headings(3)).toContain('Titre interne');
    expect(html).toContain('<a href="https://example.org/guide">le site</a>');
    expect(html).not.toContain('javascript:');
    expect(all).toContain('Voir le site et ceci en gras');
    expect(html).toMatch(/<ul><li>Point<ol><li>Étape un<\/li><\/ol><\/li><\/ul>/);
    expect(headerRows).toContain('Colonne A Colonne B');
    expect(all).toContain('Attention Prudence');
    expect(all).toContain('Activité en direct En direct');
    expect(all).toContain('Vidéo fichier à choisir · 4 min 32 s · sans sous-titres Transcription Bonjour Suite du texte');
    expect(all).toContain('Audio fichier à choisir · 45 s Pas de transcription.');
    expect(all).toContain('Ressource à télécharger : Fiche réflexe (PDF · 12,3 ko)');
    expect(all).toContain('Figure 1 Texte alternatif : Un schéma');
    expect(all).toContain('Image absente du projet');
    expect(all).toContain('ligne 1 ligne 2');
    expect(all).toContain('Texte gardé');
    const svgCount = docxEntries(docx).filter((name) => name.endsWith('.svg')).length;
    expect(docxEntries(docx).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toHaveLength(svgCount + 1);
  });

  it('drops the characters XML forbids, which would stop Word from opening the file', async () => {
    const [first, ...others] = doc.capsules;
    const title = 'Vertical\u000btab, NUL\u0000 and \uFFFE non-character';
    const docx = await buildStoryboard({ doc: { ...doc, capsules: [{ ...first!, title }, ...others] }, comments: [{ place: 'P\u0001', reviewer: 'R', text: 'T\uFFFF' }] });
    const body = docxPart(docx, 'word/document.xml');
    expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect((await readStoryboard(docx)).headings(2).some((heading) => heading.endsWith(' · Verticaltab, NUL and non-character'))).toBe(true);
  });

  it('names an image too large to embed instead of embedding it', async () => {
    const mediaDir = path.join(RESOURCES, 'samples/optimanager/media');
    const images = new Map(doc.media.map((asset) => [asset.sha256, readFileSync(path.join(mediaDir, asset.fileName))]));
    const huge = { ...doc.media[0]!, size: MAX_EMBEDDED_IMAGE_BYTES * 2 + 400_000 };
    const docx = await buildStoryboard({ doc: { ...doc, media: [huge, ...doc.media.slice(1)] }, images });
    expect((await readStoryboard(docx)).text).toContain(`Image « ${huge.fileName} » non reproduite : 10,4 Mo, au-delà de 5 Mo.`);
    expect(docxEntries(docx).filter((name) => name.startsWith('word/media/') && name.endsWith('.svg'))).toHaveLength(doc.media.length - 1);
  });
});
