import { ActivityAttrsSchema, CalloutAttrsSchema } from '../model/blockAttrsSchemas';
import { BLOCK } from '../model/blocks';
import type { Language, MediaAsset } from '../model/course';
import { plainTextOf, type RichTextDoc, type RichTextNode } from '../model/richText';
import type { ExportMessageKey } from '../i18n/exportMessages';
import { CONTENT_CLASS, activityModeClass, calloutToneClass } from './contentHtmlClasses';
import { exportText } from './exportNotice';
import { formatPackageFileSize } from './formatPackageFileSize';
import { escapeHtml, toSafeUnicode } from './markupEscapes';
import { asMediaBlock, graphicImageOf, mediaBlocksOf, type MediaBlock } from './mediaBlocks';
import { mediaExtensionOf, mediaPathOf } from './mediaPath';
import { renderLabeledGraphic } from './renderLabeledGraphic';
import { renderPanelGroup } from './renderPanels';
import { isAllowedLinkHref } from '../editor/linkPolicy';
import { scenariosOf, type Scenario } from './readScenario';
import { renderScenario } from './renderScenario';

export interface CapsuleHtmlContext {
  language: Language;
  /** Media of the course by id; blocks pointing elsewhere are left out (the checks report them). */
  mediaById: ReadonlyMap<string, MediaAsset>;
  /**
   * Review pack only: each top-level block and video-script row carries its path
   * (`data-spoc-path="3"`, `"3.1"`, see capsuleBlocks) so a reviewer can comment on it.
   */
  blockPaths?: boolean;
  /** Review pack only: renders media blocks in place of the package's files (the pack has none). */
  mediaHtml?: (block: MediaBlock, asset: MediaAsset | undefined) => string;
}

/** What the whole capsule tells each block: a video script is never shown, its video is. */
interface DocContext extends CapsuleHtmlContext {
  /** The capsule shows a video the package holds: a script then stands for nothing more. */
  hasVideo: boolean;
  /** Narration of the capsule's scripts, the transcript of a video that has none of its own. */
  narration: string;
  /** Counts accordions, tabs and other interactive blocks so that each one's element ids are unique in the capsule. */
  panelGroups: { count: number };
  /** The capsule's scenarios as scenariosOf reads them (ids unique in the capsule), taken in reading order. */
  scenarios: Scenario[];
  /** Inside a scenario: a scenario nested in a situation is left out (it has no id of its own to report). */
  inScenario: boolean;
  /** Level of the last heading rendered (the capsule title is h1): panel titles sit one below, never skipping a level. */
  outline: { lastHeading: number };
}

const SIMPLE_TAGS: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  listItem: 'li',
  blockquote: 'blockquote',
  tableRow: 'tr',
  // Only the review pack reaches the rows of a video script (see BLOCK.videoScript below).
  [BLOCK.videoScriptRow]: 'tr',
  [BLOCK.scriptNarration]: 'td',
  [BLOCK.scriptScreen]: 'td',
};

const MARK_TAGS: Record<string, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strike: 's',
  code: 'code',
  subscript: 'sub',
  superscript: 'sup',
  highlight: 'mark',
};

/**
 * Renders a capsule's TipTap JSON to the HTML the player shows. Only the nodes, marks and
 * attributes listed here come out; every text and attribute value is escaped; links follow the link policy
 * (https and mailto); media point at `../media/<sha256>.<ext>` from the SCO folder.
 */
export function renderCapsuleHtml(doc: RichTextDoc, context: CapsuleHtmlContext): string {
  const docContext: DocContext = { ...context, hasVideo: mediaBlocksOf(doc).some((block) => block.type === 'video' && block.attrs?.mediaId && context.mediaById.has(block.attrs.mediaId)), narration: narrationOf(doc), panelGroups: { count: 0 }, outline: { lastHeading: 1 }, scenarios: scenariosOf(doc), inScenario: false };
  if (!context.blockPaths) return renderChildren(doc, docContext);
  return (doc.content ?? [])
    .map((child, index) => `<div class="${CONTENT_CLASS.reviewBlock}" ${pathAttributes(String(index), child.type)}>${renderNode(child, docContext, String(index))}</div>`)
    .join('');
}

function pathAttributes(path: string, type: string): string {
  return `data-spoc-path="${path}" data-spoc-type="${escapeHtml(type)}"`;
}

/** The narration column of every video script, in reading order; the "on screen" column is the crew's, never the learner's. */
function narrationOf(node: RichTextNode | RichTextDoc): string {
  if (node.type === BLOCK.scriptNarration) return plainTextOf(node);
  if (node.type === BLOCK.scriptScreen) return '';
  return (node.content ?? []).map(narrationOf).filter(Boolean).join('\n');
}

function renderChildren(node: { content?: RichTextNode[] }, context: DocContext): string {
  return (node.content ?? []).map((child) => renderNode(child, context)).join('');
}

function renderNode(node: RichTextNode, context: DocContext, path?: string): string {
  if (node.type === 'text') return renderText(node);
  const media = asMediaBlock(node);
  if (media) return context.mediaHtml ? context.mediaHtml(media, media.attrs?.mediaId ? context.mediaById.get(media.attrs.mediaId) : undefined) : renderMediaBlock(media, context);
  const inner = (): string => renderChildren(node, context);
  const simpleTag = SIMPLE_TAGS[node.type];
  if (simpleTag) return `<${simpleTag}>${inner()}</${simpleTag}>`;
  const label = (key: ExportMessageKey): string => escapeHtml(exportText(context.language, key));
  switch (node.type) {
    case 'heading': {
      // The editor offers levels 2 and 3 under the capsule title, which is the player's h1.
      const level = Math.max(2, integerAttr(node, 'level', 2, 1, 6));
      context.outline.lastHeading = level;
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'orderedList': {
      const start = integerAttr(node, 'start', 1, 1, 1_000_000);
      return start === 1 ? `<ol>${inner()}</ol>` : `<ol start="${start}">${inner()}</ol>`;
    }
    case 'codeBlock':
      return `<pre><code>${inner()}</code></pre>`;
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return `<div class="${CONTENT_CLASS.tableWrap}"><table><tbody>${inner()}</tbody></table></div>`;
    case 'tableHeader':
    case 'tableCell': {
      const tag = node.type === 'tableHeader' ? 'th' : 'td';
      const colspan = integerAttr(node, 'colspan', 1, 1, 100);
      const rowspan = integerAttr(node, 'rowspan', 1, 1, 1_000);
      const spans = `${colspan > 1 ? ` colspan="${colspan}"` : ''}${rowspan > 1 ? ` rowspan="${rowspan}"` : ''}`;
      return `<${tag}${spans}>${inner()}</${tag}>`;
    }
    case BLOCK.callout: {
      const tone = CalloutAttrsSchema.safeParse(node.attrs).data?.tone ?? 'info';
      const toneLabel = label(tone === 'info' ? 'calloutInfo' : tone === 'key' ? 'calloutKey' : 'calloutWarning');
      return `<aside class="${CONTENT_CLASS.callout} ${calloutToneClass(tone)}" role="note" aria-label="${toneLabel}">${inner()}</aside>`;
    }
    case BLOCK.keyPoints:
      return `<section class="${CONTENT_CLASS.keyPoints}" aria-label="${label('keyPoints')}"><h2 class="${CONTENT_CLASS.blockTitle}">${label('keyPoints')}</h2>${inner()}</section>`;
    case BLOCK.activityInstructions: {
      const mode = ActivityAttrsSchema.safeParse(node.attrs).data?.mode ?? 'offline';
      const title = label(mode === 'offline' ? 'activityOffline' : 'activitySynchronous');
      return `<section class="${CONTENT_CLASS.activity} ${activityModeClass(mode)}" aria-label="${title}"><h2 class="${CONTENT_CLASS.blockTitle}">${title}</h2>${inner()}</section>`;
    }
    case BLOCK.accordion:
    case BLOCK.tabs:
    case BLOCK.flashcards:
    case BLOCK.process:
    case BLOCK.timeline:
      return renderPanelGroup({
        kind: node.type,
        panels: node.content ?? [],
        language: context.language,
        idPrefix: `spoc-panels-${++context.panelGroups.count}`,
        flat: Boolean(context.blockPaths),
        headingLevel: Math.min(6, context.outline.lastHeading + 1),
        renderBody: (panel) => renderChildren(panel, context),
      });
    case BLOCK.labeledGraphic:
      return renderLabeledGraphic({
        node,
        language: context.language,
        mediaById: context.mediaById,
        idPrefix: `spoc-panels-${++context.panelGroups.count}`,
        flat: Boolean(context.blockPaths),
        headingLevel: Math.min(6, context.outline.lastHeading + 1),
        renderBody: (hotspot) => renderChildren(hotspot, context),
        imageHtml: (asset) => {
          const image = graphicImageOf(node);
          return image && context.mediaHtml ? context.mediaHtml(image, asset) : '';
        },
      });
    case BLOCK.scenario: {
      const scenario = context.inScenario ? undefined : context.scenarios.shift();
      if (!scenario) return '';
      const inside: DocContext = { ...context, inScenario: true };
      return renderScenario({
        scenario,
        language: context.language,
        idPrefix: `spoc-panels-${++context.panelGroups.count}`,
        flat: Boolean(context.blockPaths),
        headingLevel: Math.min(5, context.outline.lastHeading + 1),
        renderBlocks: (nodes) => nodes.map((child) => renderNode(child, inside)).join(''),
      });
    }
    case BLOCK.videoScript: {
      // Production material: learners get the filmed video (elsewhere in the capsule) or a placeholder,
      // never the script; the client's review pack shows it, row by row, to be commented on.
      if (!context.blockPaths) return context.hasVideo ? '' : `<figure class="${CONTENT_CLASS.videoPlaceholder}" role="note"><p>${label('videoComing')}</p></figure>`;
      const rows =
        path === undefined
          ? inner()
          : (node.content ?? [])
              .map((row, index) => (row.type === BLOCK.videoScriptRow ? `<tr ${pathAttributes(`${path}.${index}`, row.type)}>${renderChildren(row, context)}</tr>` : renderNode(row, context)))
              .join('');
      return `<table class="${CONTENT_CLASS.videoScript}"><thead><tr><th scope="col">${label('scriptNarration')}</th><th scope="col">${label('scriptScreen')}</th></tr></thead><tbody>${rows}</tbody></table>`;
    }
    default:
      // Unknown nodes (a future block, a pasted extension) keep their text, never their markup.
      return inner();
  }
}

function renderText(node: RichTextNode): string {
  let html = escapeHtml(toSafeUnicode(node.text ?? ''));
  for (const mark of node.marks ?? []) {
    const tag = MARK_TAGS[mark.type];
    if (tag) html = `<${tag}>${html}</${tag}>`;
    else if (mark.type === 'link') {
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href.trim() : '';
      if (isAllowedLinkHref(href)) html = `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${html}</a>`;
    }
  }
  return html;
}

function renderMediaBlock(block: MediaBlock, context: DocContext): string {
  const asset = block.attrs?.mediaId ? context.mediaById.get(block.attrs.mediaId) : undefined;
  if (!block.attrs || !asset) return '';
  const src = escapeHtml(`../${mediaPathOf(asset)}`);
  const text = (key: ExportMessageKey): string => escapeHtml(exportText(context.language, key));
  const fallback = `<a href="${src}" download>${text('mediaUnsupported')}</a>`;
  switch (block.type) {
    case 'image': {
      const { alt, caption } = block.attrs;
      const figcaption = caption.trim() ? `<figcaption class="${CONTENT_CLASS.caption}">${escapeHtml(toSafeUnicode(caption))}</figcaption>` : '';
      const size = asset.width && asset.height ? ` width="${asset.width}" height="${asset.height}"` : '';
      return `<figure class="${CONTENT_CLASS.image}"><img src="${src}" alt="${escapeHtml(toSafeUnicode(alt))}"${size} loading="lazy">${figcaption}</figure>`;
    }
    case 'video': {
      const captions = block.attrs.captionsMediaId ? context.mediaById.get(block.attrs.captionsMediaId) : undefined;
      const track = captions
        ? `<track kind="captions" src="${escapeHtml(`../${mediaPathOf(captions)}`)}" srclang="${context.language}" label="${text('captions')}" default>`
        : '';
      const transcript = block.attrs.transcript.trim() ? block.attrs.transcript : context.narration;
      return `<figure class="${CONTENT_CLASS.video}"><video controls preload="metadata" src="${src}">${track}${fallback}</video></figure>${renderTranscript(transcript, context)}`;
    }
    case 'audio':
      return `<figure class="${CONTENT_CLASS.audio}"><audio controls preload="metadata" src="${src}">${fallback}</audio></figure>${renderTranscript(block.attrs.transcript, context)}`;
    case 'resource': {
      const label = block.attrs.label.trim() || asset.fileName;
      const meta = `${mediaExtensionOf(asset).toUpperCase()} · ${formatPackageFileSize(asset.size, context.language)}`;
      return `<p class="${CONTENT_CLASS.resource}"><a class="${CONTENT_CLASS.resourceLink}" href="${src}" download="${escapeHtml(toSafeUnicode(asset.fileName))}">${escapeHtml(toSafeUnicode(label))}</a> <span class="${CONTENT_CLASS.resourceMeta}">${meta}</span></p>`;
    }
  }
}

function renderTranscript(transcript: string, context: CapsuleHtmlContext): string {
  const paragraphs = toSafeUnicode(transcript)
    .split(/\n\s*\n|\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return '';
  const body = paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  return `<details class="${CONTENT_CLASS.transcript}"><summary>${escapeHtml(exportText(context.language, 'transcript'))}</summary><div class="${CONTENT_CLASS.transcriptText}">${body}</div></details>`;
}

function integerAttr(node: RichTextNode, name: string, fallback: number, min: number, max: number): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}
