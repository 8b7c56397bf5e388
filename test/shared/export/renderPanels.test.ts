import { describe, expect, it } from 'vitest';
import { mediaBlocksOf } from '../../../shared/export/mediaBlocks';
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

describe('flashcards, process, timeline and labeled graphic in the player HTML', () => {
  const image = { id: 'img-1', sha256: 'a'.repeat(64), fileName: 'schéma.png', mimeType: 'image/png', kind: 'image' as const, size: 10, crc32: 0, durationSeconds: null, width: 800, height: 400, createdAt: '2026-01-01T00:00:00Z' };
  const hotspot = (attrs: Record<string, unknown>, body: string): RichTextNode => ({ type: 'hotspot', attrs, content: [paragraph(body)] });
  const graphic = (...hotspots: RichTextNode[]): RichTextNode => ({ type: 'labeledGraphic', attrs: { mediaId: image.id, alt: 'Le <schéma>' }, content: hotspots });
  const renderWith = (blockPaths: boolean, ...content: RichTextNode[]) =>
    new HTMLish(renderCapsuleHtml({ type: 'doc', content } as RichTextDoc, { language: 'fr', mediaById: new Map([[image.id, image]]), blockPaths, mediaHtml: () => '<img data-review>' }));

  it('renders flashcards as front buttons over hidden backs, with a status line that reads the back', () => {
    const out = render(false, { type: 'flashcards', content: [panel('Recto <b>', 'Verso'), panel('', 'Deux')] });
    const buttons = out.tags('button');
    expect(buttons).toHaveLength(2);
    expect(buttons.every((tag) => tag.includes('aria-expanded="false"'))).toBe(true);
    expect(out.html).toContain('<span class="spoc-card-title">Recto &lt;b&gt;</span>');
    expect(out.tags('div').filter((tag) => tag.includes('role="region"')).every((tag) => tag.includes(' hidden'))).toBe(true);
    expect(out.html).toContain('<p class="spoc-sr-only" role="status"></p>');
  });

  it('renders a process with its first step shown, Previous unavailable and a status line', () => {
    const out = render(false, { type: 'process', content: [panel('Préparer', 'a'), panel('Mener', 'b')] });
    const steps = out.tags('li');
    expect(steps.map((tag) => tag.includes('hidden'))).toEqual([false, true]);
    expect(out.tags('button').map((tag) => tag.includes('aria-disabled="true"'))).toEqual([true, false]);
    expect(out.html).toContain('role="status"');
    expect(render(false, { type: 'process', content: [panel('Seule', 'a')] }).tags('button').every((tag) => tag.includes('aria-disabled="true"'))).toBe(true);
  });

  it('renders a timeline as an ordered list of dated events, the same for learners and reviewers', () => {
    const content = { type: 'timeline', content: [panel('2024', 'a'), panel('2025', 'b')] };
    expect(render(false, content).html).toBe(render(true, content).html.replace(/<div class="spoc-review-block"[^>]*>|<\/div>$/g, ''));
    expect(render(false, content).html).toContain('<ol class="spoc-timeline" aria-label="Frise chronologique"><li class="spoc-panel"><h2 class="spoc-panel-title">2024</h2>');
  });

  it('places hotspots with clamped numbers only, escapes their titles and keeps the alternative text', () => {
    const out = renderWith(false, graphic(hotspot({ title: '"><script>alert(1)</script>', x: 1e9, y: -5 }, 'a'), hotspot({ title: 'Deux', x: 'left:0;background:url(//evil)', y: 33.33 }, 'b')));
    const buttons = out.tags('button');
    expect(buttons[0]).toContain('style="left:100%;top:0%"');
    expect(buttons[1]).toContain('style="left:50%;top:33.3%"');
    expect(buttons[1]).toContain('aria-label="2. Deux"');
    expect(out.html).not.toContain('<script>');
    expect(out.html).not.toContain('evil');
    expect(out.tags('img')).toEqual(['<img src="../media/' + 'a'.repeat(64) + '.png" alt="Le &lt;schéma&gt;" width="800" height="400">']);
  });

  it('lists hotspots as titled sections under the picture in the review pack, and without a picture', () => {
    const review = renderWith(true, graphic(hotspot({ title: 'Un', x: 10, y: 10 }, 'a')));
    expect(review.tags('button')).toEqual([]);
    expect(review.html).toContain('<img data-review><section class="spoc-panel"><h2 class="spoc-panel-title">1. Un</h2><p>a</p></section>');
    const missing = render(false, { type: 'labeledGraphic', attrs: { mediaId: 'gone', alt: '' }, content: [hotspot({ title: '', x: 1, y: 1 }, 'a')] });
    expect(missing.tags('button')).toEqual([]);
    expect(missing.html).toContain('>Point 1</h2>');
  });

  it('counts a labeled graphic’s picture among the media the package needs', () => {
    const blocks = mediaBlocksOf({ type: 'doc', content: [graphic(hotspot({ title: 'Un', x: 1, y: 1 }, 'a'))] });
    expect(blocks).toEqual([{ type: 'image', attrs: { mediaId: image.id, alt: 'Le <schéma>', caption: '' } }]);
  });
});

describe('a branching scenario in the player HTML', () => {
  const choice = (label: string, feedback: string, target: string): RichTextNode => ({ type: 'scenarioChoice', attrs: { label, feedback, target } });
  const situation = (id: unknown, title: string, ...choices: RichTextNode[]): RichTextNode => ({ type: 'situation', attrs: { id, title }, content: [paragraph(`Texte ${title}`), ...choices] });
  const scenario = (id: unknown, ...situations: RichTextNode[]): RichTextNode => ({ type: 'scenario', attrs: { id, title: 'Un retard', required: 1 }, content: situations });

  it('shows the start alone, choices as buttons carrying escaped feedback and their next situation, ends with a restart', () => {
    const out = render(false, scenario('retard', situation('debut', 'Départ', choice('Parler <seul>', '"Bien" <b>', 'fin'), choice('Crier', '', 'disparue')), situation('fin', 'Fin')));
    expect(out.tags('div').filter((tag) => tag.includes('spoc-situation')).map((tag) => [/data-spoc-situation="([^"]*)"/.exec(tag)![1], tag.includes(' hidden')])).toEqual([
      ['debut', false],
      ['fin', true],
      // The choice leading to a situation that does not exist ends the scenario.
      ['', true],
    ]);
    const buttons = out.tags('button');
    expect(buttons[0]).toContain('data-spoc-next="fin" data-spoc-feedback="&quot;Bien&quot; &lt;b&gt;"');
    expect(buttons[1]).toContain('data-spoc-next=""');
    expect(out.html).toContain('>Parler &lt;seul&gt;</button>');
    expect(out.html).toContain('data-spoc-scenario="retard" data-spoc-required=""');
    expect(out.tags('button').filter((tag) => tag.includes('data-spoc-restart'))).toHaveLength(2);
  });

  it('gives repeated or unusable ids (a pasted copy, an imported file) ids of their own, the same at each export', () => {
    const twice = render(false, scenario('retard', situation('a', 'A', choice('x', '', 'a'))), scenario('retard', situation('a', 'A')), scenario('<script>', situation('a b', 'B')));
    const ids = [...twice.html.matchAll(/data-spoc-scenario="([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^[0-9a-z]+$/.test(id!))).toBe(true);
    expect(twice.html).toContain('data-spoc-situation="n0"');
    expect(render(false, scenario('retard', situation('a', 'A')), scenario('retard', situation('a', 'A'))).html).toBe(render(false, scenario('retard', situation('a', 'A')), scenario('retard', situation('a', 'A'))).html);
  });

  it('lists every situation, where each choice leads and its feedback in the review pack', () => {
    const out = render(true, scenario('retard', situation('debut', 'Départ', choice('Parler', 'Bien.', 'fin')), situation('fin', 'Fin')));
    expect(out.tags('button')).toEqual([]);
    expect(out.html).toContain('Parler → Situation 2');
    expect(out.html).toContain('Bien.');
    expect(out.html).toContain('Fin du scénario.');
  });
});
