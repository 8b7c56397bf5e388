/**
 * A Word document (as the HTML mammoth writes from it) turned into a new course: headings at the
 * chosen levels become modules and capsules, what lies under a capsule heading becomes its content
 * in the editor's schema, and a two-column table headed "Narration" / "À l'écran" (or "On screen")
 * becomes a video script. Our own storyboard, read back, gives its outline and texts: its numbering
 * ("Module 1 · …", "1.2 · …") is dropped and its other chapters (framing, plan…) are skipped.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { BLOCK } from '../model/blocks';
import type { Capsule, CapsuleKind, Course, MediaAsset, Module } from '../model/course';
import { COURSE_DOCUMENT_FORMAT, type CourseDocument } from '../model/courseDocument';
import { newId } from '../model/ids';
import type { RichTextNode } from '../model/richText';
import { errorText, type ErrorParams } from '../api/appError';
import { outline } from '../i18n/outline';
import { storyboard } from '../i18n/storyboard';
import type { HeadingLevels } from './headingLevels';
import { parseMammothHtml, textOf, type HtmlElement, type HtmlNode } from './mammothHtml';
import { isAllowedLinkHref } from '../editor/linkPolicy';

/** The class the Node reader gives the storyboard's grey detail lines (kind, duration, alt text…). */
export const STORYBOARD_META_CLASS = 'spoc-meta';
/** How an embedded image's src reads in the HTML: the Node reader replaces the bytes with their hash. */
export const IMAGE_SRC_PREFIX = 'spoc-image:';

export { DEFAULT_HEADING_LEVELS, type HeadingLevels } from './headingLevels';

/** An image of the document, already hashed (the bytes stay with the caller). */
export type WordImage = Pick<MediaAsset, 'sha256' | 'mimeType' | 'size' | 'crc32'> & { extension: string };

export interface WordImportInput {
  html: string;
  /** The new course's framing (title, language…); its duration follows the module count. */
  course: Course;
  levels: HeadingLevels;
  /** Images by sha256, as referenced by `spoc-image:<sha256>` sources. */
  images: ReadonlyMap<string, WordImage>;
  /** True for a storyboard SPOC Studio wrote. */
  storyboard: boolean;
  createdAt: string;
}

/** What was in the document but not kept, for the designer to know (counted). */
export type WordImportNote = 'textBeforeFirstModule' | 'imageNotEmbedded' | 'headingAboveModules';

export interface WordImportResult {
  doc: CourseDocument;
  notes: Partial<Record<WordImportNote, number>>;
}

/** The document cannot give a course; its catalogued text says why and what to do, in the user's language. */
export class WordImportError extends Error {
  override name = 'WordImportError';
  constructor(
    readonly key: 'wordLevelsInvalid' | 'wordNoModuleHeading' | 'wordNoHeadings',
    readonly params: ErrorParams = {},
  ) {
    super(errorText('en', key, params));
  }
}

const HEADING = /^h([1-6])$/;
const levelOf = (node: HtmlNode): number | null => (typeof node === 'string' ? null : Number(HEADING.exec(node.tag)?.[1] ?? 0) || null);
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();
const MAX_TITLE = 500;

/** Heading levels the document uses, with how many headings each, shallowest first (for the preview). */
export function headingLevelsOf(html: string): { level: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const node of parseMammothHtml(html).children) {
    const level = levelOf(node);
    if (level && clean(textOf(node))) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([level, count]) => ({ level, count }));
}

// ---- the storyboard's own labels, in both languages ----

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const numberedTitle = (template: string) => new RegExp(`^${escapeRegExp(template).replace('\\{\\{number\\}\\}', '\\d+(?:\\.\\d+)?').replace('\\{\\{title\\}\\}', '(.+)')}$`);
const LANGUAGES = ['fr', 'en'] as const;
const STORYBOARD = {
  module: LANGUAGES.map((language) => numberedTitle(storyboard[language].moduleTitle)),
  capsule: LANGUAGES.map((language) => numberedTitle(storyboard[language].capsuleTitle)),
  quiz: new Set(LANGUAGES.map((language) => storyboard[language].quizUntitled.toLowerCase())),
  script: LANGUAGES.map((language) => storyboard[language].script),
  placeholders: new Set(LANGUAGES.flatMap((language) => [storyboard[language].emptyCapsule, storyboard[language].noCapsule])),
  kinds: new Map(
    LANGUAGES.flatMap((language) =>
      (['video', 'reading', 'interactive', 'activity', 'live-session', 'assessment'] as const).map((kind) => [outline[language][`kind.${kind}`], kind] as const),
    ),
  ),
};
const storyboardTitle = (patterns: RegExp[], text: string): string | null => {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return clean(match[1]!);
  }
  return null;
};

// ---- content ----

type Mark = NonNullable<RichTextNode['marks']>[number];
const MARK_OF_TAG: Record<string, string> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike', del: 'strike' };

interface Converter {
  images: ReadonlyMap<string, WordImage>;
  mediaIdOf(image: WordImage): string;
  note(note: WordImportNote): void;
  storyboard: boolean;
}

const paragraph = (content: RichTextNode[] = []): RichTextNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const hasText = (nodes: RichTextNode[]) => nodes.some((node) => node.type === 'text' && node.text!.trim() !== '');

/** Inline runs (text with marks, line breaks); images met on the way are lifted out as blocks. */
function inlineOf(nodes: HtmlNode[], marks: Mark[], converter: Converter, lifted: RichTextNode[]): RichTextNode[] {
  const runs: RichTextNode[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      const text = node.replace(/[\r\n\t]+/g, ' ');
      if (text) runs.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
      continue;
    }
    if (node.tag === 'br') runs.push({ type: 'hardBreak' });
    else if (node.tag === 'img') {
      const image = imageBlock(node, converter);
      if (image) lifted.push(image);
    } else if (MARK_OF_TAG[node.tag]) {
      const type = MARK_OF_TAG[node.tag]!;
      runs.push(...inlineOf(node.children, marks.some((mark) => mark.type === type) ? marks : [...marks, { type }], converter, lifted));
    } else if (node.tag === 'a' && isAllowedLinkHref(node.attrs.href?.trim() ?? '')) {
      runs.push(...inlineOf(node.children, [...marks, { type: 'link', attrs: { href: node.attrs.href!.trim() } }], converter, lifted));
    } else runs.push(...inlineOf(node.children, marks, converter, lifted));
  }
  return runs;
}

function imageBlock(img: HtmlElement, converter: Converter): RichTextNode | null {
  const src = img.attrs.src ?? '';
  const image = src.startsWith(IMAGE_SRC_PREFIX) ? converter.images.get(src.slice(IMAGE_SRC_PREFIX.length)) : undefined;
  if (!image) {
    converter.note('imageNotEmbedded');
    return null;
  }
  return { type: BLOCK.image, attrs: { mediaId: converter.mediaIdOf(image), alt: clean(img.attrs.alt ?? '').slice(0, 2_000), caption: '' } };
}

/** A paragraph-like element: its paragraph (when it has text) followed by its images. */
function textBlocks(element: HtmlElement, converter: Converter, wrap: (runs: RichTextNode[]) => RichTextNode = paragraph): RichTextNode[] {
  const lifted: RichTextNode[] = [];
  const runs = inlineOf(element.children, [], converter, lifted);
  return [...(hasText(runs) ? [wrap(runs)] : []), ...lifted];
}

function listBlock(list: HtmlElement, converter: Converter): RichTextNode | null {
  const items = list.children.filter((child): child is HtmlElement => typeof child !== 'string' && child.tag === 'li').map((item) => {
    const content = blocksOf(item.children, converter);
    return { type: 'listItem', content: content[0]?.type === 'paragraph' ? content : [paragraph(), ...content] };
  });
  return items.length ? { type: list.tag === 'ol' ? 'orderedList' : 'bulletList', content: items } : null;
}

const rowsOf = (table: HtmlElement): HtmlElement[] =>
  table.children.flatMap((child) => (typeof child === 'string' ? [] : child.tag === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.tag) ? rowsOf(child) : []));
const cellsOf = (row: HtmlElement): HtmlElement[] => row.children.filter((child): child is HtmlElement => typeof child !== 'string' && (child.tag === 'td' || child.tag === 'th'));

const headerWord = (cell: HtmlElement) =>
  clean(textOf(cell)).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’'`]/g, "'").toLowerCase().replace(/[\s:.]+$/, '');
const NARRATION_HEADERS = new Set(['narration', 'voix off', 'texte dit']);
const SCREEN_HEADERS = new Set(["a l'ecran", 'a l ecran', 'on screen', 'on-screen', 'ecran', 'screen']);

/** Whether a table's first row reads Narration | À l'écran: a video script written in Word. */
function isScriptTable(rows: HtmlElement[]): boolean {
  const header = rows[0] ? cellsOf(rows[0]) : [];
  return header.length === 2 && NARRATION_HEADERS.has(headerWord(header[0]!)) && SCREEN_HEADERS.has(headerWord(header[1]!));
}

/** A cell's content as paragraphs only (a script column holds paragraphs). */
function paragraphsOf(cell: HtmlElement | undefined, converter: Converter): RichTextNode[] {
  if (!cell) return [paragraph()];
  const flat = (nodes: RichTextNode[]): RichTextNode[] =>
    nodes.flatMap((node) => (node.type === 'paragraph' ? [node] : node.type === BLOCK.image ? [] : flat(node.content ?? [])));
  const paragraphs = flat(blocksOf(cell.children, converter));
  return paragraphs.length ? paragraphs : [paragraph()];
}

function scriptBlock(rows: HtmlElement[], converter: Converter): RichTextNode {
  const scriptRows = rows.slice(1).map((row) => {
    const [narration, screen] = cellsOf(row);
    return {
      type: BLOCK.videoScriptRow,
      content: [
        { type: BLOCK.scriptNarration, content: paragraphsOf(narration, converter) },
        { type: BLOCK.scriptScreen, content: paragraphsOf(screen, converter) },
      ],
    };
  });
  return { type: BLOCK.videoScript, content: scriptRows.length ? scriptRows : [{ type: BLOCK.videoScriptRow, content: [{ type: BLOCK.scriptNarration, content: [paragraph()] }, { type: BLOCK.scriptScreen, content: [paragraph()] }] }] };
}

function tableBlock(table: HtmlElement, converter: Converter): RichTextNode | null {
  const rows = rowsOf(table);
  if (isScriptTable(rows)) return scriptBlock(rows, converter);
  const tableRows = rows
    .map((row) => ({
      type: 'tableRow',
      content: cellsOf(row).map((cell) => {
        const span = (name: string) => Math.min(100, Math.max(1, Number.parseInt(cell.attrs[name] ?? '1', 10) || 1));
        const content = blocksOf(cell.children, converter);
        return { type: cell.tag === 'th' ? 'tableHeader' : 'tableCell', attrs: { colspan: span('colspan'), rowspan: span('rowspan') }, content: content.length ? content : [paragraph()] };
      }),
    }))
    .filter((row) => row.content.length > 0);
  return tableRows.length ? { type: 'table', content: tableRows } : null;
}

function blocksOf(nodes: HtmlNode[], converter: Converter, headingBase = 0): RichTextNode[] {
  const blocks: RichTextNode[] = [];
  let loose: HtmlNode[] = [];
  const flushLoose = () => {
    if (loose.length) blocks.push(...textBlocks({ tag: 'p', attrs: {}, children: loose }, converter));
    loose = [];
  };
  for (const node of nodes) {
    if (typeof node === 'string' || !['p', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'blockquote'].includes(node.tag)) {
      loose.push(node);
      continue;
    }
    flushLoose();
    const level = levelOf(node);
    if (level) {
      // Headings under a capsule: the editor offers levels 2 to 4.
      const contentLevel = Math.min(4, Math.max(2, level - headingBase + 1));
      blocks.push(...textBlocks(node, converter, (runs) => ({ type: 'heading', attrs: { level: contentLevel }, content: runs })));
    } else if (node.tag === 'p') {
      if (converter.storyboard && (node.attrs.class ?? '').split(' ').includes(STORYBOARD_META_CLASS)) continue;
      if (converter.storyboard && STORYBOARD.placeholders.has(clean(textOf(node)))) continue;
      const previous = blocks.at(-1);
      const caption = converter.storyboard && previous?.type === BLOCK.image ? captionOf(node) : null;
      if (caption !== null) previous!.attrs = { ...previous!.attrs, caption };
      else blocks.push(...textBlocks(node, converter));
    } else if (node.tag === 'blockquote') {
      const quoted = blocksOf(node.children, converter, headingBase).filter((block) => block.type === 'paragraph');
      if (quoted.length) blocks.push({ type: 'blockquote', content: quoted });
    } else if (node.tag === 'ul' || node.tag === 'ol') {
      const list = listBlock(node, converter);
      if (list) blocks.push(list);
    } else if (node.tag === 'table') {
      const table = tableBlock(node, converter);
      if (!table) continue;
      // The storyboard puts a "Video script · about 1 min of speech" line above each script.
      const previous = blocks.at(-1);
      if (converter.storyboard && table.type === BLOCK.videoScript && previous?.type === 'paragraph' && STORYBOARD.script.some((label) => previousText(previous).startsWith(label))) blocks.pop();
      blocks.push(table);
    } else blocks.push(...blocksOf(node.children, converter, headingBase));
  }
  flushLoose();
  return blocks;
}

/** The storyboard prints an image's caption in italics right under it. */
function captionOf(element: HtmlElement): string | null {
  const children = element.children.filter((child) => typeof child !== 'string' || child.trim() !== '');
  return children.length === 1 && typeof children[0] !== 'string' && children[0]!.tag === 'em' ? clean(textOf(children[0]!)).slice(0, 2_000) : null;
}

const previousText = (node: RichTextNode): string => (node.content ?? []).map((child) => child.text ?? '').join('');

// ---- outline ----

interface Section {
  title: string;
  nodes: HtmlNode[];
}
interface ModuleSection extends Section {
  capsules: Section[];
}

/** Splits the document's top-level elements at module and capsule headings. */
function sectionsOf(root: HtmlElement, input: WordImportInput, note: (note: WordImportNote) => void): ModuleSection[] {
  const modules: ModuleSection[] = [];
  const { levels } = input;
  let skippingTo: number | null = null;
  let inStoryboardChapter = false;
  for (const node of root.children) {
    const level = levelOf(node);
    const text = level ? clean(textOf(node)) : '';
    if (level && text) {
      if (skippingTo !== null && level <= skippingTo) skippingTo = null;
      if (level === levels.module) {
        const title = input.storyboard ? storyboardTitle(STORYBOARD.module, text) : text;
        // The storyboard's own chapters (framing, objectives, plan, comments) are not modules.
        inStoryboardChapter = title === null;
        if (title !== null) modules.push({ title, nodes: [], capsules: [] });
        continue;
      }
      if (inStoryboardChapter) continue;
      if (level === levels.capsule && modules.length > 0) {
        modules.at(-1)!.capsules.push({ title: input.storyboard ? (storyboardTitle(STORYBOARD.capsule, text) ?? text) : text, nodes: [] });
        continue;
      }
      if (level < levels.module) {
        note('headingAboveModules');
        continue;
      }
      if (input.storyboard && level > levels.capsule && STORYBOARD.quiz.has(text.split(/\s*:\s*|\s+/)[0]!.toLowerCase())) {
        // The storyboard prints each quiz for review; quizzes are not rebuilt from Word.
        skippingTo = level;
        continue;
      }
    }
    if (skippingTo !== null || inStoryboardChapter) continue;
    const module = modules.at(-1);
    if (!module) {
      // A storyboard's cover page comes before its first module, by design.
      if (!input.storyboard && (typeof node !== 'string' ? clean(textOf(node)) : node.trim())) note('textBeforeFirstModule');
      continue;
    }
    (module.capsules.at(-1) ?? module).nodes.push(node);
  }
  return modules;
}

/** The capsule kind the storyboard's detail line names ("Vidéo · 6 min · …"), if any. */
function storyboardKindOf(nodes: HtmlNode[]): CapsuleKind | null {
  const meta = nodes.find((node): node is HtmlElement => typeof node !== 'string' && node.tag === 'p' && (node.attrs.class ?? '').includes(STORYBOARD_META_CLASS));
  return meta ? (STORYBOARD.kinds.get(clean(textOf(meta)).split(' · ')[0]!) ?? null) : null;
}

/** Builds the course; throws WordImportError when no heading of the chosen levels is found. */
export function courseFromWordHtml(input: WordImportInput): WordImportResult {
  const { levels } = input;
  if (!(levels.module >= 1 && levels.capsule > levels.module && levels.capsule <= 6)) {
    throw new WordImportError('wordLevelsInvalid', { capsule: levels.capsule, module: levels.module });
  }
  const notes: WordImportResult['notes'] = {};
  const note = (key: WordImportNote) => (notes[key] = (notes[key] ?? 0) + 1);
  const root = parseMammothHtml(input.html);
  const sections = sectionsOf(root, input, note);
  if (sections.length === 0) {
    const seen = headingLevelsOf(input.html).map(({ level }) => level);
    throw seen.length ? new WordImportError('wordNoModuleHeading', { module: levels.module, levels: seen.join(', ') }) : new WordImportError('wordNoHeadings');
  }

  const media: MediaAsset[] = [];
  const mediaIds = new Map<string, string>();
  const converter: Converter = {
    images: input.images,
    storyboard: input.storyboard,
    note,
    mediaIdOf(image) {
      let id = mediaIds.get(image.sha256);
      if (!id) {
        id = newId();
        mediaIds.set(image.sha256, id);
        media.push({ id, sha256: image.sha256, fileName: `image-${media.length + 1}.${image.extension}`, mimeType: image.mimeType, kind: 'image', size: image.size, crc32: image.crc32, durationSeconds: null, width: null, height: null, createdAt: input.createdAt });
      }
      return id;
    },
  };

  const modulePositions = generateNKeysBetween(null, null, sections.length);
  const modules: Module[] = [];
  const capsules: Capsule[] = [];
  sections.forEach((section, index) => {
    const module: Module = {
      id: newId(),
      title: section.title.slice(0, MAX_TITLE),
      summary: blocksOf(section.nodes, converter, levels.capsule).filter((block) => block.type === 'paragraph').map(previousText).join('\n').slice(0, 100_000),
      week: Math.min(104, index + 1),
      position: modulePositions[index]!,
    };
    modules.push(module);
    const capsulePositions = generateNKeysBetween(null, null, section.capsules.length);
    section.capsules.forEach((capsuleSection, capsuleIndex) => {
      const content = blocksOf(capsuleSection.nodes, converter, levels.capsule);
      const kind = (input.storyboard ? storyboardKindOf(capsuleSection.nodes) : null) ?? (content.some((block) => block.type === BLOCK.videoScript) ? 'video' : 'reading');
      capsules.push({
        id: newId(),
        moduleId: module.id,
        title: capsuleSection.title.slice(0, MAX_TITLE),
        kind,
        minutesOverride: null,
        weekOverride: null,
        content: { type: 'doc', content: content.length ? content : [paragraph()] },
        objectiveIds: [],
        position: capsulePositions[capsuleIndex]!,
      });
    });
  });

  return {
    doc: {
      format: COURSE_DOCUMENT_FORMAT,
      course: { ...input.course, durationWeeks: Math.min(104, Math.max(1, modules.length)) },
      objectives: [],
      modules,
      capsules,
      quizzes: [],
      questions: [],
      media,
      cohorts: [],
      liveSessions: [],
      weeks: [],
    },
    notes,
  };
}
