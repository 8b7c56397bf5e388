import { BLOCK, PanelAttrsSchema } from '../model/blocks';
import type { Language } from '../model/course';
import type { RichTextNode } from '../model/richText';
import { CONTENT_CLASS } from './contentHtmlClasses';
import { exportText } from './exportNotice';
import { escapeHtml, toSafeUnicode } from './markupEscapes';

/** A panel's title as the learner reads it: the designer's, or "Panel 2" when left empty. */
export function panelTitleOf(panel: RichTextNode, index: number, language: Language): string {
  const title = PanelAttrsSchema.safeParse(panel.attrs).data?.title.trim() ?? '';
  return title || exportText(language, 'panelUntitled', { number: index + 1 });
}

interface PanelGroup {
  kind: typeof BLOCK.accordion | typeof BLOCK.tabs;
  panels: readonly RichTextNode[];
  language: Language;
  /** Unique in the capsule: element ids of this group start with it. */
  idPrefix: string;
  /** Review pack: every panel open, as titled sections (nothing to click in a document to comment on). */
  flat: boolean;
  /** h2…h6 for the panel titles, one below the heading they follow. */
  headingLevel: number;
  renderBody(panel: RichTextNode): string;
}

/**
 * Accordion and tabs, as WAI-ARIA patterns the player makes operable (ui/panelBlocks): accordion
 * headings hold buttons with aria-expanded/aria-controls over region panels; tabs are a tablist of
 * tabs with a roving tabindex over tabpanels. Panels after the first start hidden.
 */
export function renderPanelGroup({ kind, panels, language, idPrefix, flat, headingLevel, renderBody }: PanelGroup): string {
  const h = `h${headingLevel}`;
  const items = panels
    .filter((panel) => panel.type === BLOCK.panel)
    .map((panel, index) => ({ title: escapeHtml(toSafeUnicode(panelTitleOf(panel, index, language))), body: renderBody(panel), id: `${idPrefix}-${index}` }));
  const label = escapeHtml(exportText(language, kind));
  if (flat) {
    const sections = items.map((item) => `<section class="${CONTENT_CLASS.panel}"><${h} class="${CONTENT_CLASS.panelTitle}">${item.title}</${h}>${item.body}</section>`).join('');
    return `<div class="${CONTENT_CLASS.panelGroup}" role="group" aria-label="${label}">${sections}</div>`;
  }
  if (kind === BLOCK.accordion) {
    const sections = items
      .map(
        (item) =>
          `<${h} class="${CONTENT_CLASS.panelTitle}"><button type="button" id="${item.id}-b" aria-expanded="false" aria-controls="${item.id}">${item.title}</button></${h}>` +
          `<div class="${CONTENT_CLASS.panel}" id="${item.id}" role="region" aria-labelledby="${item.id}-b" hidden>${item.body}</div>`,
      )
      .join('');
    return `<div class="${CONTENT_CLASS.accordion}">${sections}</div>`;
  }
  const tabs = items
    .map((item, index) => `<button type="button" role="tab" id="${item.id}-t" aria-controls="${item.id}" aria-selected="${index === 0}" tabindex="${index === 0 ? 0 : -1}">${item.title}</button>`)
    .join('');
  const bodies = items.map((item, index) => `<div class="${CONTENT_CLASS.panel}" id="${item.id}" role="tabpanel" aria-labelledby="${item.id}-t" tabindex="0"${index === 0 ? '' : ' hidden'}>${item.body}</div>`).join('');
  return `<div class="${CONTENT_CLASS.tabs}"><div role="tablist" aria-label="${label}">${tabs}</div>${bodies}</div>`;
}
