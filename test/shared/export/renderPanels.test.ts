import { describe, expect, it } from 'vitest';
import { renderCapsuleHtml } from '../../../shared/export/renderCapsuleHtml';
import type { RichTextDoc, RichTextNode } from '../../../shared/model/richText';

const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const panel = (title: string, body: string): RichTextNode => ({ type: 'panel', attrs: { title }, content: [paragraph(body)] });
const group = (type: 'accordion' | 'tabs', ...panels: RichTextNode[]): RichTextNode => ({ type, content: panels });
const render = (blockPaths: boolean, ...content: RichTextNode[]): HTMLish => new HTMLish(renderCapsuleHtml({ type: 'doc', content } as RichTextDoc, { language: 'fr', mediaById: new Map(), blockPaths }));

/** Just enough reading of the rendered string to test attributes by element. */
class HTMLish {
  constructor(readonly html: string) {}
  tags(name: string): string[] {
    return [...this.html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((match) => match[0]);
  }
}

describe('accordion and tabs in the player HTML', () => {
  it('renders an accordion as heading buttons controlling hidden regions, titles escaped, untitled panels numbered', () => {
    const out = render(false, group('accordion', panel('Les <règles>', 'Un'), panel('  ', 'Deux')));
    const buttons = out.tags('button');
    const regions = out.tags('div').filter((tag) => tag.includes('role="region"'));
    expect(buttons).toHaveLength(2);
    expect(regions).toHaveLength(2);
    for (const [index, button] of buttons.entries()) {
      const id = /aria-controls="([^"]+)"/.exec(button)![1]!;
      const buttonId = /id="([^"]+)"/.exec(button)![1]!;
      expect(button).toContain('aria-expanded="false"');
      expect(regions[index]).toContain(`id="${id}"`);
      expect(regions[index]).toContain(`aria-labelledby="${buttonId}"`);
      expect(regions[index]).toContain('hidden');
    }
    // Right under the capsule title (h1): h2, never skipping a level.
    expect(out.html).toContain('<h2 class="spoc-panel-title"><button');
    expect(render(false, { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Section' }] }, group('accordion', panel('A', 'a'))).html).toContain('<h3 class="spoc-panel-title"><button');
    expect(out.html).toContain('>Les &lt;règles&gt;</button>');
    expect(out.html).toContain('>Volet 2</button>');
    expect(out.html).toContain('<p>Deux</p>');
  });

  it('renders tabs with one selected, focusable tab (roving tabindex) and the other panels hidden', () => {
    const out = render(false, group('tabs', panel('A', 'a'), panel('B', 'b'), panel('C', 'c')));
    const tabs = out.tags('button');
    expect(out.tags('div').filter((tag) => tag.includes('role="tablist"'))).toEqual(['<div role="tablist" aria-label="Onglets">']);
    expect(tabs.map((tab) => [/aria-selected="(\w+)"/.exec(tab)![1], /tabindex="(-?\d)"/.exec(tab)![1]])).toEqual([
      ['true', '0'],
      ['false', '-1'],
      ['false', '-1'],
    ]);
    const panels = out.tags('div').filter((tag) => tag.includes('role="tabpanel"'));
    expect(panels.map((tag) => tag.includes('hidden'))).toEqual([false, true, true]);
    for (const [index, tab] of tabs.entries()) expect(panels[index]).toContain(`aria-labelledby="${/id="([^"]+)"/.exec(tab)![1]}"`);
  });

  it('gives every group of a capsule its own ids', () => {
    const out = render(false, group('tabs', panel('A', 'a')), group('accordion', panel('B', 'b')), group('tabs', panel('C', 'c')));
    const ids = [...out.html.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(6);
  });

  it('shows every panel as a titled section in the review pack, with nothing to click', () => {
    for (const type of ['accordion', 'tabs'] as const) {
      const out = render(true, group(type, panel('Premier', 'un'), panel('Second', 'deux')));
      expect(out.tags('button')).toEqual([]);
      expect(out.html).not.toContain('hidden');
      expect(out.html).toContain('<section class="spoc-panel"><h2 class="spoc-panel-title">Premier</h2><p>un</p></section><section class="spoc-panel"><h2 class="spoc-panel-title">Second</h2><p>deux</p></section>');
    }
  });
});
