import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type INumberingOptions,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import type { Language } from '../../../shared/model/course';

/** Colours chosen to stay readable once printed in grey. */
export const COLOURS = {
  ink: '1D232B',
  muted: '4A5562',
  heading: '1F3A5F',
  rule: '9AA8B8',
  tableHeader: 'DCE5EF',
  moduleRow: 'EEF2F7',
  box: 'F3F5F8',
  correct: '0B6E4F',
} as const;

export const BULLET_LIST = 'storyboard-bullets';
export const ORDERED_LIST = 'storyboard-ordered';
export const MONOSPACE_FONT = 'Consolas';
export const QUOTE_STYLE = 'StoryboardQuote';
/** Style names a reader of the .docx sees (our Word import maps them back to quotations and detail lines). */
export const STYLE_NAMES = { meta: 'Storyboard details', quote: 'Storyboard quote' } as const;

/** A4 with 2 cm margins, in twips. */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 } as const;
/** Widest a picture may be on the page, in pixels at 96 dpi (17 cm of text width, a little less). */
export const CONTENT_WIDTH_PX = 600;
export const MAX_PICTURE_HEIGHT_PX = 400;

const heading = (size: number, before: number, outlineLevel: number, italics = false) => ({
  run: { font: 'Calibri', size, bold: true, italics, color: COLOURS.heading },
  // Outline levels make Word's navigation pane and LibreOffice's navigator list the headings.
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

const PROOFING_LANGUAGE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Styles of the whole document; text is marked in the course's language so Word's spelling check reads it right. */
export const storyboardStyles = (language: Language): IStylesOptions => ({
  default: {
    document: {
      run: { font: 'Calibri', size: 22, color: COLOURS.ink, language: { value: PROOFING_LANGUAGE[language] } },
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: { run: { font: 'Calibri', size: 52, bold: true, color: COLOURS.heading }, paragraph: { spacing: { before: 2_400, after: 240 } } },
    heading1: heading(36, 360, 0),
    heading2: heading(28, 300, 1),
    heading3: heading(24, 240, 2),
    heading4: heading(22, 200, 3),
    heading5: heading(22, 160, 4, true),
    heading6: heading(20, 160, 5, true),
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 30, color: COLOURS.muted },
      paragraph: { spacing: { after: 480 } },
    },
    {
      id: 'StoryboardMeta',
      name: STYLE_NAMES.meta,
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 19, color: COLOURS.muted },
      paragraph: { spacing: { after: 160 } },
    },
    {
      id: QUOTE_STYLE,
      name: STYLE_NAMES.quote,
      basedOn: 'Normal',
      next: 'Normal',
    },
    {
      id: 'StoryboardTable',
      name: 'Storyboard table text',
      basedOn: 'Normal',
      run: { size: 20 },
      paragraph: { spacing: { before: 40, after: 40, line: 252, lineRule: LineRuleType.AUTO } },
    },
  ],
});

const listLevels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  Array.from({ length: 6 }, (_unused, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 280 } } },
  }));

export const STORYBOARD_NUMBERING: INumberingOptions = {
  config: [
    { reference: BULLET_LIST, levels: listLevels(LevelFormat.BULLET, (level) => ['•', '–', '◦'][level % 3]!) },
    { reference: ORDERED_LIST, levels: listLevels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
  ],
};

/** The page template: course title in the header (not on the cover, which shows it large), "Page n of N" in the footer. */
export function pageSetup(courseTitle: string, pageOfTemplate: string): Omit<ISectionOptions, 'children'> {
  const pageOf = () => pageOfTemplate.split(/(\{\{\s*page\s*\}\}|\{\{\s*pages\s*\}\})/).filter(Boolean).map((part) => {
    if (/\{\{\s*page\s*\}\}/.test(part)) return new TextRun({ children: [PageNumber.CURRENT] });
    if (/\{\{\s*pages\s*\}\}/.test(part)) return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
    return new TextRun(part);
  });
  const footer = () => new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageOf(), style: 'StoryboardMeta' })] });
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
      },
    },
    headers: {
      first: new Header({ children: [new Paragraph({})] }),
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            border: { bottom: { style: 'single', size: 4, color: COLOURS.rule, space: 4 } },
            children: [new TextRun({ text: courseTitle, size: 17, color: COLOURS.muted })],
          }),
        ],
      }),
    },
    footers: { default: footer(), first: footer() },
  };
}
