import { describe, expect, it } from 'vitest';
import { validateCapsuleContent } from '../../../shared/editor/validateCapsuleContent';
import { courseFromWordHtml, DEFAULT_HEADING_LEVELS, headingLevelsOf, WordImportError, type WordImportInput } from '../../../shared/interchange/wordImport';
import type { Course } from '../../../shared/model/course';
import { DEFAULT_CLIENT_THEME } from '../../../shared/model/clientTheme';
import { BLOCK } from '../../../shared/model/blocks';
import type { RichTextNode } from '../../../shared/model/richText';

const COURSE: Course = {
  theme: DEFAULT_CLIENT_THEME,
  id: '01900000-0000-7000-8000-000000000001',
  title: 'Import',
  client: '',
  businessProblem: '',
  audience: '',
  audienceLevel: '',
  learnerCount: 0,
  language: 'fr',
  weeklyBudgetMinutes: 60,
  tutorMinutesPerWeek: 0,
  durationWeeks: 4,
  startDate: null,
  targetLms: '',
  scormVersion: '1.2',
  packagingMode: 'course',
  completionRule: 'all-viewed',
  masteryScore: 80,
  competencies: [],
};

const convert = (html: string, overrides: Partial<WordImportInput> = {}) =>
  courseFromWordHtml({ html, course: COURSE, levels: DEFAULT_HEADING_LEVELS, images: new Map(), storyboard: false, createdAt: '2026-12-05T00:00:00.000Z', ...overrides });

const contentOf = (html: string): RichTextNode[] => {
  const { doc } = convert(`<h1>Module</h1><h2>Capsule</h2>${html}`);
  const content = doc.capsules[0]!.content;
  expect(validateCapsuleContent(content)).toBeNull();
  return content.content!;
};

describe('courseFromWordHtml (mammoth’s HTML → a course)', () => {
  it('keeps text inert: entities decoded, markup in the text never read as markup', () => {
    const [paragraph] = contentOf('<p>R&amp;D &lt;script&gt;alert(1)&lt;/script&gt; &#233;t&#xE9;</p>');
    expect(paragraph!.content).toEqual([{ type: 'text', text: 'R&D <script>alert(1)</script> été' }]);
  });

  it('keeps https and mailto links, drops the others but keeps their text', () => {
    const [paragraph] = contentOf('<p><a href="https://example.org/a">sûr</a> <a href="javascript:alert(1)">piège</a> <a href="file:///etc/passwd">local</a></p>');
    expect(paragraph!.content).toEqual([
      { type: 'text', text: 'sûr', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'piège' },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'local' },
    ]);
  });

  it('reads nested lists, header cells, spans, and an "On screen" script table', () => {
    const blocks = contentOf(
      '<ul><li>Un<ol><li>Un.un</li></ol></li><li>Deux</li></ul>' +
        '<table><tr><th>A</th><th>B</th></tr><tr><td colspan="2"><p>AB</p></td></tr></table>' +
        '<table><thead><tr><th><p>Narration</p></th><th><p>On screen</p></th></tr></thead><tbody><tr><td><p>Hello</p><p>again</p></td><td><p>Wide shot</p></td></tr></tbody></table>',
    );
    expect(blocks.map((block) => block.type)).toEqual(['bulletList', 'table', BLOCK.videoScript]);
    expect(blocks[0]!.content![0]!.content!.map((node) => node.type)).toEqual(['paragraph', 'orderedList']);
    expect(blocks[1]!.content![0]!.content!.map((cell) => cell.type)).toEqual(['tableHeader', 'tableHeader']);
    expect(blocks[1]!.content![1]!.content![0]!.attrs).toEqual({ colspan: 2, rowspan: 1 });
    expect(blocks[2]!.content).toHaveLength(1);
    expect(blocks[2]!.content![0]!.content![0]!.content).toHaveLength(2);
  });

  it('drops images it was not given the bytes of, and says so', () => {
    const { doc, notes } = convert('<h1>M</h1><h2>C</h2><p><img src="https://example.org/x.png" alt="x" /></p><p><img src="data:image/png;base64,AAAA" /></p>');
    expect(doc.media).toEqual([]);
    expect(doc.capsules[0]!.content.content).toEqual([{ type: 'paragraph' }]);
    expect(notes.imageNotEmbedded).toBe(2);
  });

  it('names the heading levels a document uses when none is at the module level', () => {
    expect(headingLevelsOf('<h2>a</h2><h3>b</h3><h3>c</h3><h2> </h2>')).toEqual([
      { level: 2, count: 1 },
      { level: 3, count: 2 },
    ]);
    expect(() => convert('<h2>a</h2><h3>b</h3>')).toThrow(expect.objectContaining({ key: 'wordNoModuleHeading', params: { module: 1, levels: '2, 3' } }));
    expect(() => convert('<h2>a</h2><h3>b</h3>')).toThrow(WordImportError);
    expect(() => convert('<h1>a</h1>', { levels: { module: 2, capsule: 2 } })).toThrow(/must be below the module level/);
  });
});
