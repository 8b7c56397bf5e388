import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { COLOURS } from './storyboardStyles';

/** What a part of the storyboard adds to the body. */
export type Block = Paragraph | Table;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Word's built-in Heading 1–6 style (levels past 6 stay at 6). */
export const headingLevel = (level: number): (typeof HEADINGS)[number] => HEADINGS[Math.min(6, Math.max(1, level)) - 1]!;

/** A real Word heading, so the navigation pane lists it. */
export function heading(level: number, text: string, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: headingLevel(level), text, pageBreakBefore: options.pageBreakBefore });
}

/** A small grey line of details under a title (type, duration, week…). */
export function metaLine(parts: readonly string[]): Paragraph {
  return new Paragraph({ style: 'StoryboardMeta', text: parts.filter((part) => part.trim() !== '').join(' · ') });
}

/** "Label: value" on one line, the label in bold. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun(value)] });
}

/** Multi-line text kept as separate paragraphs (framing fields, notes, transcripts). */
export function textParagraphs(text: string, style?: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => new Paragraph({ style, text: line }));
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
const TABLE_BORDERS = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

export interface CellContent {
  children: readonly Block[];
  shade?: string;
  columnSpan?: number;
  rowSpan?: number;
}

/** A cell: plain text, or blocks with their own shading and spans. */
export type Cell = string | CellContent;

function cellOf(cell: Cell, header: boolean, widthPercent: number | undefined): TableCell {
  const content: CellContent =
    typeof cell === 'string' ? { children: [new Paragraph({ style: 'StoryboardTable', children: [new TextRun({ text: cell, bold: header || undefined })] })] } : cell;
  const shade = header ? COLOURS.tableHeader : content.shade;
  return new TableCell({
    children: separateTables(content.children, true),
    columnSpan: content.columnSpan,
    rowSpan: content.rowSpan,
    width: widthPercent === undefined ? undefined : { size: widthPercent, type: WidthType.PERCENTAGE },
    shading: shade ? { type: ShadingType.CLEAR, color: 'auto', fill: shade } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/**
 * A full-width table whose header row Word repeats on every page it spans; rows never split across
 * pages unless taller than a page. widths are percentages of the text width.
 */
export function headedTable(header: readonly Cell[] | null, rows: readonly (readonly Cell[])[], widths?: readonly number[]): Table {
  const widthAt = (index: number) => widths?.[index];
  const tableRows = [
    ...(header ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((cell, index) => cellOf(cell, true, widthAt(index))) })] : []),
    ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((cell, index) => cellOf(cell, false, widthAt(index))) })),
  ];
  return new Table({
    rows: tableRows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: widths ? TableLayoutType.FIXED : TableLayoutType.AUTOFIT,
    borders: TABLE_BORDERS,
  });
}

/** A shaded box with a bold title line (callout, "key points", activity), drawn as a one-cell table so it prints everywhere. */
export function box(title: string, children: readonly Block[], accent: string = COLOURS.heading): Table {
  const accentBorder = { style: BorderStyle.SINGLE, size: 24, color: accent };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, right: none, left: accentBorder, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.box },
            margins: { top: 100, bottom: 60, left: 180, right: 140 },
            children: separateTables([new Paragraph({ keepNext: true, children: [new TextRun({ text: title, bold: true, color: accent })] }), ...children], true),
          }),
        ],
      }),
    ],
  });
}

const spacer = (): Paragraph => new Paragraph({ spacing: { after: 0, line: 120 }, children: [] });

/**
 * Blocks as Word needs them: a paragraph after each table (two tables in a row merge into one) and,
 * inside a table cell, a paragraph after a last table (else Word calls the file damaged).
 */
export function separateTables(blocks: readonly Block[], inCell = false): Block[] {
  const separated: Block[] = [];
  for (const block of blocks) {
    // A short empty line after each table also keeps the next paragraph off its border.
    if (separated.at(-1) instanceof Table) separated.push(spacer());
    separated.push(block);
  }
  if (inCell && (separated.length === 0 || separated.at(-1) instanceof Table)) separated.push(spacer());
  return separated;
}
