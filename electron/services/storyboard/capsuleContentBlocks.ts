import { AlignmentType, BorderStyle, ExternalHyperlink, Paragraph, ShadingType, TextRun, type ParagraphChild } from 'docx';
import { ActivityAttrsSchema, CalloutAttrsSchema } from '../../../shared/model/blockAttrsSchemas';
import { BLOCK } from '../../../shared/model/blocks';
import type { RichTextDoc, RichTextNode } from '../../../shared/model/richText';
import { scriptSpeakingSeconds } from '../../../shared/editor/scriptSpeakingSeconds';
import { asMediaBlock, graphicImageOf, type MediaBlock } from '../../../shared/export/mediaBlocks';
import { hotspotPlaceOf, hotspotTitleOf } from '../../../shared/export/renderLabeledGraphic';
import { readScenario, situationBody } from '../../../shared/export/readScenario';
import { situationHeading } from '../../../shared/export/renderScenario';
import { exportText } from '../../../shared/export/exportNotice';
import { formatPackageFileSize } from '../../../shared/export/formatPackageFileSize';
import { mediaExtensionOf } from '../../../shared/export/mediaPath';
import { exportMessages } from '../../../shared/i18n/exportMessages';
import { panelTitleOf } from '../../../shared/export/renderPanels';
import { box, headedTable, headingLevel, metaLine, textParagraphs, type Block, type CellContent } from './docxBlocks';
import { EMBEDDABLE_IMAGE_TYPES, MAX_EMBEDDED_IMAGE_BYTES, pictureRun } from './pictureRun';
import type { StoryboardContext } from './storyboardContext';
import { BULLET_LIST, COLOURS, MONOSPACE_FONT, ORDERED_LIST, QUOTE_STYLE } from './storyboardStyles';
import { isAllowedLinkHref } from '../../../shared/editor/linkPolicy';

/** Where a block sits: inside a list item (its list and level) and how deep content headings go. */
interface Place {
  list?: { reference: string; level: number; instance?: number };
  /** Word heading level of the content's level-1 heading. */
  headingBase: number;
  /** Paragraph style in tables (smaller type). */
  style?: string;
}

const TONE_COLOUR = { info: COLOURS.heading, key: COLOURS.correct, warning: 'A0551C' } as const;

interface Marks {
  bold?: boolean;
  italics?: boolean;
  underline?: object;
  strike?: boolean;
  subScript?: boolean;
  superScript?: boolean;
  highlight?: 'yellow';
  font?: string;
}

function marksOf(node: RichTextNode): { marks: Marks; href: string | null } {
  const marks: Marks = {};
  let href: string | null = null;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') marks.bold = true;
    else if (mark.type === 'italic') marks.italics = true;
    else if (mark.type === 'underline') marks.underline = {};
    else if (mark.type === 'strike') marks.strike = true;
    else if (mark.type === 'subscript') marks.subScript = true;
    else if (mark.type === 'superscript') marks.superScript = true;
    else if (mark.type === 'highlight') marks.highlight = 'yellow';
    else if (mark.type === 'code') marks.font = MONOSPACE_FONT;
    else if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && isAllowedLinkHref(mark.attrs.href.trim())) href = mark.attrs.href.trim();
  }
  return { marks, href };
}

/** The runs of a paragraph-like node: text with its marks, line breaks, and links that stay clickable. */
function inlineRuns(node: RichTextNode): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') runs.push(new TextRun({ text: '', break: 1 }));
    else if (typeof child.text === 'string') {
      const { marks, href } = marksOf(child);
      if (href) runs.push(new ExternalHyperlink({ link: href, children: [new TextRun({ ...marks, text: child.text, style: 'Hyperlink' })] }));
      else runs.push(new TextRun({ ...marks, text: child.text }));
    } else runs.push(...inlineRuns(child));
  }
  return runs;
}

function textParagraph(node: RichTextNode, place: Place, firstInItem: boolean): Paragraph {
  const list = place.list;
  return new Paragraph({
    style: place.style,
    children: inlineRuns(node),
    ...(list && firstInItem ? { numbering: { reference: list.reference, level: list.level, instance: list.instance } } : {}),
    ...(list && !firstInItem ? { indent: { left: 360 * (list.level + 1) } } : {}),
  });
}

function listBlocks(node: RichTextNode, context: StoryboardContext, place: Place, ordered: boolean): Block[] {
  const level = place.list ? place.list.level + 1 : 0;
  const list = ordered
    ? { reference: ORDERED_LIST, level, instance: context.nextListInstance() }
    : { reference: BULLET_LIST, level, instance: 0 };
  return (node.content ?? []).flatMap((item) =>
    (item.content ?? []).flatMap((child, index) =>
      child.type === 'paragraph' ? [textParagraph(child, { ...place, list }, index === 0)] : blocksOfNode(child, context, { ...place, list }),
    ),
  );
}

function tableBlocks(node: RichTextNode, context: StoryboardContext, place: Place): Block[] {
  const rows = (node.content ?? []).filter((row) => row.type === 'tableRow');
  if (rows.length === 0) return [];
  const cellsOf = (row: RichTextNode) =>
    (row.content ?? []).map((cell): CellContent => {
      const span = (name: string) => (typeof cell.attrs?.[name] === 'number' && Number.isInteger(cell.attrs[name]) ? Math.min(100, Math.max(1, cell.attrs[name] as number)) : 1);
      return {
        children: blocksOf(cell, context, { headingBase: place.headingBase, style: 'StoryboardTable' }),
        shade: cell.type === 'tableHeader' ? COLOURS.tableHeader : undefined,
        columnSpan: span('colspan'),
        rowSpan: span('rowspan'),
      };
    });
  const [first, ...rest] = rows;
  const firstIsHeader = (first!.content ?? []).every((cell) => cell.type === 'tableHeader');
  return [headedTable(firstIsHeader ? cellsOf(first!) : null, (firstIsHeader ? rest : rows).map(cellsOf))];
}

function scriptBlocks(node: RichTextNode, context: StoryboardContext, place: Place): Block[] {
  const column = (row: RichTextNode, type: string): CellContent => ({
    children: (row.content ?? []).filter((cell) => cell.type === type).flatMap((cell) => blocksOf(cell, context, { headingBase: place.headingBase, style: 'StoryboardTable' })),
  });
  const rows = (node.content ?? []).filter((row) => row.type === BLOCK.videoScriptRow).map((row) => [column(row, BLOCK.scriptNarration), column(row, BLOCK.scriptScreen)]);
  const seconds = scriptSpeakingSeconds(node);
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new TextRun({ text: context.t('script'), bold: true, color: COLOURS.heading }),
        new TextRun({ text: seconds > 0 ? ` · ${context.t('scriptSpeaking', { duration: context.duration(seconds / 60) })}` : '', color: COLOURS.muted }),
      ],
    }),
    headedTable([context.text(exportMessages, 'scriptNarration'), context.text(exportMessages, 'scriptScreen')], rows, [55, 45]),
  ];
}

/** "45 s", "4 min 30 s": media are timed to the second, unlike capsules. */
function mediaDuration(seconds: number): string {
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  const rest = total % 60;
  return rest === 0 ? `${Math.floor(total / 60)} min` : `${Math.floor(total / 60)} min ${String(rest).padStart(2, '0')} s`;
}

function note(text: string): Paragraph {
  return new Paragraph({ style: 'StoryboardMeta', children: [new TextRun({ text, italics: true })] });
}

function imageBlocks(block: Extract<MediaBlock, { type: 'image' }>, context: StoryboardContext): Block[] {
  const attrs = block.attrs;
  if (!attrs?.mediaId) return [note(context.t('imageNotChosen'))];
  const asset = context.mediaById.get(attrs.mediaId);
  const bytes = asset ? context.images.get(asset.sha256) : undefined;
  const blocks: Block[] = [];
  if (!asset) blocks.push(note(context.t('imageMissing')));
  else if (!EMBEDDABLE_IMAGE_TYPES.has(asset.mimeType)) blocks.push(note(context.t('imageUnsupported', { name: asset.fileName })));
  else if (asset.size > MAX_EMBEDDED_IMAGE_BYTES) {
    blocks.push(note(context.t('imageTooLarge', { name: asset.fileName, size: formatPackageFileSize(asset.size, context.language), max: formatPackageFileSize(MAX_EMBEDDED_IMAGE_BYTES, context.language) })));
  } else {
    const picture = bytes ? pictureRun(asset, bytes, attrs.alt) : null;
    const why = bytes ? 'imageUnsupported' : 'imageNotEmbedded';
    blocks.push(picture ? new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [picture] }) : note(context.t(why, { name: asset.fileName })));
  }
  if (attrs.caption.trim()) blocks.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: attrs.caption.trim(), italics: true })] }));
  blocks.push(new Paragraph({ style: 'StoryboardMeta', alignment: AlignmentType.CENTER, text: attrs.alt.trim() ? context.t('altText', { alt: attrs.alt.trim() }) : context.t('noAltText') }));
  return blocks;
}

function playableBlocks(block: Extract<MediaBlock, { type: 'video' | 'audio' }>, context: StoryboardContext): Block[] {
  const attrs = block.attrs;
  const asset = attrs?.mediaId ? context.mediaById.get(attrs.mediaId) : undefined;
  const seconds = attrs?.durationSeconds ?? asset?.durationSeconds ?? null;
  const details = [
    asset ? asset.fileName : context.t('mediaNotChosen'),
    seconds !== null ? mediaDuration(seconds) : '',
    block.type === 'video' && block.attrs ? context.t(block.attrs.captionsMediaId ? 'withCaptions' : 'withoutCaptions') : '',
  ];
  const transcript = attrs?.transcript.trim() ?? '';
  const children: Block[] = [metaLine(details)];
  if (transcript) {
    children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: context.text(exportMessages, 'transcript'), bold: true })] }));
    children.push(...textParagraphs(transcript));
  } else children.push(note(context.t('noTranscript')));
  return [box(context.t(block.type), children, COLOURS.muted)];
}

function resourceBlocks(block: Extract<MediaBlock, { type: 'resource' }>, context: StoryboardContext): Block[] {
  const asset = block.attrs?.mediaId ? context.mediaById.get(block.attrs.mediaId) : undefined;
  const label = block.attrs?.label.trim() || asset?.fileName || context.t('mediaNotChosen');
  const details = asset ? ` (${mediaExtensionOf(asset).toUpperCase()} · ${formatPackageFileSize(asset.size, context.language)})` : '';
  return [
    new Paragraph({
      children: [new TextRun({ text: context.t('resourceLabel'), bold: true }), new TextRun(label), new TextRun({ text: details, color: COLOURS.muted })],
    }),
  ];
}

function mediaBlocks(block: MediaBlock, context: StoryboardContext): Block[] {
  switch (block.type) {
    case 'image':
      return imageBlocks(block, context);
    case 'video':
    case 'audio':
      return playableBlocks(block, context);
    case 'resource':
      return resourceBlocks(block, context);
  }
}

function blocksOfNode(node: RichTextNode, context: StoryboardContext, place: Place): Block[] {
  const media = asMediaBlock(node);
  if (media) return mediaBlocks(media, context);
  const inner = (): Block[] => blocksOf(node, context, { headingBase: place.headingBase, style: place.style });
  switch (node.type) {
    case 'paragraph':
      return [textParagraph(node, place, true)];
    case 'heading': {
      const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 1;
      return [new Paragraph({ heading: headingLevel(place.headingBase + Math.max(0, level - 1)), children: inlineRuns(node) })];
    }
    case 'bulletList':
      return listBlocks(node, context, place, false);
    case 'orderedList':
      return listBlocks(node, context, place, true);
    case 'blockquote':
      return (node.content ?? []).map(
        (child) =>
          new Paragraph({
            indent: { left: 567 },
            border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLOURS.rule, space: 8 } },
            children: inlineRuns(child),
            // A named style lets a reader (our Word import) tell a quotation from a paragraph.
            style: place.style ?? QUOTE_STYLE,
          }),
      );
    case 'codeBlock':
      return (node.content ?? [])
        .flatMap((child) => (child.text ?? '').split('\n'))
        .map((line) => new Paragraph({ shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.box }, children: [new TextRun({ text: line, font: MONOSPACE_FONT, size: 19 })] }));
    case 'horizontalRule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOURS.rule, space: 1 } }, children: [] })];
    case 'table':
      return tableBlocks(node, context, place);
    case BLOCK.callout: {
      const tone = CalloutAttrsSchema.safeParse(node.attrs).data?.tone ?? 'info';
      const title = context.text(exportMessages, tone === 'info' ? 'calloutInfo' : tone === 'key' ? 'calloutKey' : 'calloutWarning');
      return [box(title, inner(), TONE_COLOUR[tone])];
    }
    case BLOCK.keyPoints:
      return [box(context.text(exportMessages, 'keyPoints'), inner(), COLOURS.correct)];
    case BLOCK.activityInstructions: {
      const mode = ActivityAttrsSchema.safeParse(node.attrs).data?.mode ?? 'offline';
      return [box(context.text(exportMessages, mode === 'offline' ? 'activityOffline' : 'activitySynchronous'), inner(), COLOURS.heading)];
    }
    case BLOCK.accordion:
    case BLOCK.tabs:
    case BLOCK.flashcards:
    case BLOCK.process:
    case BLOCK.timeline: {
      // Every panel, titled, in a box named after the block: the client reads what the learner opens one by one.
      const panels = node.content ?? [];
      const titleOf = (panel: RichTextNode, index: number): string => {
        const title = panelTitleOf(panel, index, context.language);
        if (node.type === BLOCK.process) return exportText(context.language, 'stepTitle', { number: index + 1, total: panels.length, title });
        return node.type === BLOCK.flashcards ? exportText(context.language, 'cardFrontLabel', { title }) : title;
      };
      return [
        box(
          context.text(exportMessages, node.type),
          panels.flatMap((panel, index) => [
            new Paragraph({ keepNext: true, children: [new TextRun({ text: titleOf(panel, index), bold: true })] }),
            ...blocksOf(panel, context, { headingBase: place.headingBase, style: place.style }),
          ]),
          COLOURS.heading,
        ),
      ];
    }
    case BLOCK.scenario: {
      // Every situation, numbered, its text, then where each choice leads and its feedback; ends said.
      const scenario = readScenario(node, '');
      const number = new Map(scenario.situations.map((situation, index) => [situation.id, index]));
      const say = (key: Parameters<typeof exportText>[1], params: Record<string, string | number> = {}) => exportText(context.language, key, params);
      const title = scenario.title || say('scenario');
      return [
        box(
          scenario.title ? say('scenarioTitled', { title }) : title,
          [
            ...(scenario.required ? [metaLine([say('scenarioRequired')])] : []),
            ...scenario.situations.flatMap((situation, index) => [
              new Paragraph({ keepNext: true, children: [new TextRun({ text: situationHeading(scenario.situations, index, context.language), bold: true })] }),
              ...blocksOf({ content: situationBody(situation) }, context, { headingBase: place.headingBase, style: place.style }),
              ...(situation.choices.length === 0
                ? [new Paragraph({ children: [new TextRun({ text: say('scenarioEnd'), italics: true })] })]
                : situation.choices.flatMap((choice, choiceIndex) => {
                    const label = choice.label || say('choiceUntitled', { number: choiceIndex + 1 });
                    const to = choice.target === null ? say('choiceEnds', { label }) : say('choiceLeadsTo', { label, target: situationHeading(scenario.situations, number.get(choice.target) ?? 0, context.language) });
                    return [
                      new Paragraph({ numbering: { reference: BULLET_LIST, level: 0, instance: 0 }, children: [new TextRun(to)] }),
                      ...(choice.feedback ? [new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: say('choiceFeedback', { feedback: choice.feedback }), color: COLOURS.muted })] })] : []),
                    ];
                  })),
            ]),
          ],
          COLOURS.heading,
        ),
      ];
    }
    case BLOCK.labeledGraphic: {
      // The picture, then each hotspot numbered with where it sits on it and its text.
      const image = graphicImageOf(node);
      return [
        box(
          context.text(exportMessages, node.type),
          [
            ...(image ? imageBlocks(image, context) : []),
            ...(node.content ?? []).flatMap((hotspot, index) => [
              new Paragraph({ keepNext: true, children: [new TextRun({ text: hotspotTitleOf(hotspot, index, context.language), bold: true })] }),
              metaLine([exportText(context.language, 'hotspotPlace', { number: index + 1, ...hotspotPlaceOf(hotspot) })]),
              ...blocksOf(hotspot, context, { headingBase: place.headingBase, style: place.style }),
            ]),
          ],
          COLOURS.heading,
        ),
      ];
    }
    case BLOCK.videoScript:
      return scriptBlocks(node, context, place);
    default:
      // Unknown nodes (a future block, a pasted extension) keep their text.
      return (node.content ?? []).some((child) => typeof child.text === 'string') ? [textParagraph(node, place, true)] : inner();
  }
}

function blocksOf(node: { content?: RichTextNode[] }, context: StoryboardContext, place: Place): Block[] {
  return (node.content ?? []).flatMap((child) => blocksOfNode(child, context, place));
}

/** A capsule's content as Word blocks: headings start at headingBase, our blocks become boxes and tables. */
export function capsuleContentBlocks(content: RichTextDoc, context: StoryboardContext, headingBase: number): Block[] {
  return blocksOf(content, context, { headingBase });
}
