import { PanelAttrsSchema } from '../model/blockAttrsSchemas';
import { BLOCK, type PanelGroupBlock } from '../model/blocks';
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
  kind: PanelGroupBlock;
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

interface PanelItem {
  title: string;
  body: string;
  id: string;
}

/**
 * Titled panels as WAI-ARIA patterns the player makes operable (ui/panelBlocks): accordion headings
 * hold buttons with aria-expanded/aria-controls over region panels; tabs are a tablist of tabs with a
 * roving tabindex over tabpanels; flashcards are disclosure buttons (the front) over their back; a
 * process shows one step at a time between Previous and Next with a live status; a timeline is an
 * ordered list. Panels after the first start hidden. Texts the player announces are written here, in
 * the course's language, so the player needs no catalogue of its own for them.
 */
export function renderPanelGroup({ kind, panels, language, idPrefix, flat, headingLevel, renderBody }: PanelGroup): string {
  const h = `h${headingLevel}`;
  const text = (key: Parameters<typeof exportText>[1], params: Record<string, string | number> = {}) => escapeHtml(exportText(language, key, params));
  const items: PanelItem[] = panels
    .filter((panel) => panel.type === BLOCK.panel)
    .map((panel, index) => ({ title: escapeHtml(toSafeUnicode(panelTitleOf(panel, index, language))), body: renderBody(panel), id: `${idPrefix}-${index}` }));
  const label = text(kind);
  const stepTitle = (item: PanelItem, index: number) => `<span class="${CONTENT_CLASS.stepNumber}">${text('stepOf', { number: index + 1, total: items.length })}</span> ${item.title}`;
  if (kind === BLOCK.timeline) {
    const events = items.map((item) => `<li class="${CONTENT_CLASS.panel}"><${h} class="${CONTENT_CLASS.panelTitle}">${item.title}</${h}>${item.body}</li>`).join('');
    return `<ol class="${CONTENT_CLASS.timeline}" aria-label="${label}">${events}</ol>`;
  }
  if (flat) {
    const title = (item: PanelItem, index: number) => (kind === BLOCK.process ? stepTitle(item, index) : kind === BLOCK.flashcards ? text('cardFrontLabel', { title: item.title }) : item.title);
    const sections = items.map((item, index) => `<section class="${CONTENT_CLASS.panel}"><${h} class="${CONTENT_CLASS.panelTitle}">${title(item, index)}</${h}>${item.body}</section>`).join('');
    return `<div class="${CONTENT_CLASS.panelGroup}" role="group" aria-label="${label}">${sections}</div>`;
  }
  switch (kind) {
    case BLOCK.accordion: {
      const sections = items
        .map(
          (item) =>
            `<${h} class="${CONTENT_CLASS.panelTitle}"><button type="button" id="${item.id}-b" aria-expanded="false" aria-controls="${item.id}">${item.title}</button></${h}>` +
            `<div class="${CONTENT_CLASS.panel}" id="${item.id}" role="region" aria-labelledby="${item.id}-b" hidden>${item.body}</div>`,
        )
        .join('');
      return `<div class="${CONTENT_CLASS.accordion}">${sections}</div>`;
    }
    case BLOCK.tabs: {
      const tabs = items
        .map((item, index) => `<button type="button" role="tab" id="${item.id}-t" aria-controls="${item.id}" aria-selected="${index === 0}" tabindex="${index === 0 ? 0 : -1}">${item.title}</button>`)
        .join('');
      const bodies = items.map((item, index) => `<div class="${CONTENT_CLASS.panel}" id="${item.id}" role="tabpanel" aria-labelledby="${item.id}-t" tabindex="0"${index === 0 ? '' : ' hidden'}>${item.body}</div>`).join('');
      return `<div class="${CONTENT_CLASS.tabs}"><div role="tablist" aria-label="${label}">${tabs}</div>${bodies}</div>`;
    }
    case BLOCK.flashcards: {
      const cards = items
        .map(
          (item) =>
            `<li class="${CONTENT_CLASS.card}"><button type="button" class="${CONTENT_CLASS.cardFront}" id="${item.id}-b" aria-expanded="false" aria-controls="${item.id}">` +
            `<span class="${CONTENT_CLASS.cardTitle}">${item.title}</span><span class="${CONTENT_CLASS.cardHint}" data-side="front">${text('cardFlip')}</span><span class="${CONTENT_CLASS.cardHint}" data-side="back">${text('cardFront')}</span></button>` +
            `<div class="${CONTENT_CLASS.panel}" id="${item.id}" role="region" aria-labelledby="${item.id}-b" hidden>${item.body}</div></li>`,
        )
        .join('');
      return `<div class="${CONTENT_CLASS.flashcards}" role="group" aria-label="${label}" data-spoc-back="${text('cardBack')}"><ul>${cards}</ul><p class="spoc-sr-only" role="status"></p></div>`;
    }
    case BLOCK.process: {
      const steps = items
        .map((item, index) => `<li class="${CONTENT_CLASS.panel}" id="${item.id}"${index === 0 ? '' : ' hidden'}><${h} class="${CONTENT_CLASS.panelTitle}">${stepTitle(item, index)}</${h}>${item.body}</li>`)
        .join('');
      const status = text('stepOf', { number: 1, total: items.length });
      return (
        `<div class="${CONTENT_CLASS.process}" role="group" aria-label="${label}"><ol>${steps}</ol>` +
        `<div class="${CONTENT_CLASS.stepNav}"><button type="button" class="spoc-button spoc-button--secondary" data-spoc-step="-1" aria-disabled="true">← ${text('stepPrevious')}</button>` +
        `<p role="status">${status}</p>` +
        `<button type="button" class="spoc-button" data-spoc-step="1"${items.length > 1 ? '' : ' aria-disabled="true"'}>${text('stepNext')} →</button></div></div>`
      );
    }
  }
}
