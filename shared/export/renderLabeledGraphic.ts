import { PanelAttrsSchema } from '../model/blockAttrsSchemas';
import { BLOCK } from '../model/blocks';
import type { Language, MediaAsset } from '../model/course';
import type { RichTextNode } from '../model/richText';
import { clampPercent } from './clampPercent';
import { CONTENT_CLASS } from './contentHtmlClasses';
import { exportText } from './exportNotice';
import { escapeHtml, toSafeUnicode } from './markupEscapes';
import { graphicImageOf } from './mediaBlocks';
import { mediaPathOf } from './mediaPath';

interface LabeledGraphic {
  node: RichTextNode;
  language: Language;
  mediaById: ReadonlyMap<string, MediaAsset>;
  /** Unique in the capsule: element ids of this graphic start with it. */
  idPrefix: string;
  /** Review pack: the picture (from `imageHtml`) then every hotspot open, numbered. */
  flat: boolean;
  headingLevel: number;
  renderBody(hotspot: RichTextNode): string;
  /** Review pack only: how the picture is shown without the package's files. */
  imageHtml?: (asset: MediaAsset | undefined) => string;
}

/** A hotspot's title as the learner reads it: "1. Title", or "Point 1" when left empty. */
export function hotspotTitleOf(hotspot: RichTextNode, index: number, language: Language): string {
  // The title alone: a broken position elsewhere in the attributes does not lose it.
  const title = PanelAttrsSchema.safeParse(hotspot.attrs).data?.title.trim() ?? '';
  return title ? `${index + 1}. ${title}` : exportText(language, 'hotspotUntitled', { number: index + 1 });
}

/** Where a hotspot sits, in percent of the picture, whatever the file held. */
export function hotspotPlaceOf(hotspot: RichTextNode): { x: number; y: number } {
  return { x: clampPercent(hotspot.attrs?.x), y: clampPercent(hotspot.attrs?.y) };
}

/**
 * A picture with numbered hotspot buttons over it (disclosure pattern: aria-expanded/aria-controls,
 * one open at a time, see ui/panelBlocks) and the hotspots' regions below it, in reading order.
 * Positions are clamped numbers, the only values written into a style attribute.
 */
export function renderLabeledGraphic({ node, language, mediaById, idPrefix, flat, headingLevel, renderBody, imageHtml }: LabeledGraphic): string {
  const h = `h${headingLevel}`;
  const image = graphicImageOf(node)?.attrs;
  const asset = image?.mediaId ? mediaById.get(image.mediaId) : undefined;
  const label = escapeHtml(exportText(language, 'labeledGraphic'));
  const hotspots = (node.content ?? []).filter((child) => child.type === BLOCK.hotspot);
  const items = hotspots.map((hotspot, index) => ({ title: escapeHtml(toSafeUnicode(hotspotTitleOf(hotspot, index, language))), body: renderBody(hotspot), id: `${idPrefix}-${index}`, ...hotspotPlaceOf(hotspot) }));
  const alt = escapeHtml(toSafeUnicode(image?.alt ?? ''));
  if (flat || !asset) {
    const picture = flat && imageHtml ? imageHtml(asset) : '';
    const sections = items.map((item) => `<section class="${CONTENT_CLASS.panel}"><${h} class="${CONTENT_CLASS.panelTitle}">${item.title}</${h}>${item.body}</section>`).join('');
    return `<div class="${CONTENT_CLASS.panelGroup}" role="group" aria-label="${label}">${picture}${sections}</div>`;
  }
  const size = asset.width && asset.height ? ` width="${asset.width}" height="${asset.height}"` : '';
  const buttons = items
    .map((item, index) => `<button type="button" class="${CONTENT_CLASS.hotspot}" id="${item.id}-b" style="left:${item.x}%;top:${item.y}%" aria-expanded="false" aria-controls="${item.id}" aria-label="${item.title}">${index + 1}</button>`)
    .join('');
  const regions = items.map((item) => `<div class="${CONTENT_CLASS.panel}" id="${item.id}" role="region" aria-labelledby="${item.id}-b" hidden><${h} class="${CONTENT_CLASS.panelTitle}">${item.title}</${h}>${item.body}</div>`).join('');
  return `<div class="${CONTENT_CLASS.graphic}" role="group" aria-label="${label}"><div class="${CONTENT_CLASS.graphicStage}"><img src="${escapeHtml(`../${mediaPathOf(asset)}`)}" alt="${alt}"${size}>${buttons}</div>${regions}</div>`;
}
