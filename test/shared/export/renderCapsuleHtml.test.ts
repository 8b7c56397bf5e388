import { describe, expect, it } from 'vitest';
import { renderCapsuleHtml } from '../../../shared/export/renderCapsuleHtml';
import type { RichTextDoc, RichTextNode } from '../../../shared/model/richText';
import { exportCourseFixture } from './exportCourseFixture';

const fixture = exportCourseFixture();
const context = { language: 'fr' as const, mediaById: new Map(fixture.media.map((asset) => [asset.id, asset])) };
const render = (...content: RichTextNode[]): string => renderCapsuleHtml({ type: 'doc', content } as RichTextDoc, context);
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('renderCapsuleHtml', () => {
  it('escapes every text so that hostile content stays text', () => {
    const html = render({ type: 'paragraph', content: [text('<script>alert("x")</script> & \'quotes\' 😀 שלום')] });
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; 😀 שלום</p>');
  });

  it('keeps http, https and mailto links, opened in a new tab without opener', () => {
    const html = render({ type: 'paragraph', content: [text('site', [{ type: 'link', attrs: { href: 'https://a.org/?x=1&y=2' } }])] });
    expect(html).toBe('<p><a href="https://a.org/?x=1&amp;y=2" target="_blank" rel="noopener noreferrer">site</a></p>');
    expect(render({ type: 'paragraph', content: [text('m', [{ type: 'link', attrs: { href: 'mailto:a@b.fr' } }])] })).toContain('href="mailto:a@b.fr"');
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>', 'vbscript:x', '//evil.org', 'https://a.org/" onmouseover="x'])(
    'drops the link but keeps the text for %s',
    (href) => {
      const html = render({ type: 'paragraph', content: [text('clic', [{ type: 'link', attrs: { href } }])] });
      expect(html).toBe('<p>clic</p>');
    },
  );

  it('ignores attributes and nodes it does not know, keeping their text', () => {
    const html = render(
      { type: 'paragraph', attrs: { onclick: 'x()', style: 'color:red', class: 'evil' }, content: [text('a')] },
      { type: 'iframe', attrs: { src: 'https://evil.org' }, content: [{ type: 'paragraph', content: [text('inside')] }] },
      { type: 'paragraph', content: [text('b', [{ type: 'textStyle', attrs: { style: 'x' } }, { type: 'italic' }])] },
    );
    expect(html).toBe('<p>a</p><p>inside</p><p><em>b</em></p>');
  });

  it('shifts headings one level down and clamps bad levels', () => {
    expect(render({ type: 'heading', attrs: { level: 1 }, content: [text('T')] })).toBe('<h2>T</h2>');
    expect(render({ type: 'heading', attrs: { level: 6 }, content: [text('T')] })).toBe('<h6>T</h6>');
    expect(render({ type: 'heading', attrs: { level: '1><script>' }, content: [text('T')] })).toBe('<h2>T</h2>');
  });

  it('renders images with alt text, size hints and caption from the media folder', () => {
    const image = fixture.media.find((asset) => asset.kind === 'image')!;
    const html = render({ type: 'image', attrs: { mediaId: image.id, alt: 'Un "schéma" <b>', caption: 'Légende & source' } });
    expect(html).toBe(
      `<figure class="spoc-image"><img src="../media/${image.sha256}.png" alt="Un &quot;schéma&quot; &lt;b&gt;" loading="lazy"><figcaption class="spoc-caption">Légende &amp; source</figcaption></figure>`,
    );
  });

  it('renders a video with its captions track and its transcript in a details element', () => {
    const video = fixture.media.find((asset) => asset.kind === 'video')!;
    const captions = fixture.media.find((asset) => asset.kind === 'captions')!;
    const html = render({ type: 'video', attrs: { mediaId: video.id, captionsMediaId: captions.id, transcript: 'Ligne 1\n\nLigne <2>', durationSeconds: 60 } });
    expect(html).toContain(`<video controls preload="metadata" src="../media/${video.sha256}.mp4">`);
    expect(html).toContain(`<track kind="captions" src="../media/${captions.sha256}.vtt" srclang="fr" label="Sous-titres" default>`);
    expect(html).toContain('<details class="spoc-transcript"><summary>Transcription</summary><div class="spoc-transcript-text"><p>Ligne 1</p><p>Ligne &lt;2&gt;</p></div></details>');
  });

  it('offers resources as downloads with their original name, type and size', () => {
    const pdf = fixture.media.find((asset) => asset.kind === 'document')!;
    const html = render({ type: 'resource', attrs: { mediaId: pdf.id, label: '' } });
    expect(html).toBe(
      `<p class="spoc-resource"><a class="spoc-resource-link" href="../media/${pdf.sha256}.pdf" download="fiche outil.pdf">fiche outil.pdf</a> <span class="spoc-resource-meta">PDF · 1 ko</span></p>`,
    );
  });

  it('leaves out media blocks whose file is empty or unknown', () => {
    expect(render({ type: 'image', attrs: { mediaId: null, alt: 'x', caption: '' } })).toBe('');
    expect(render({ type: 'video', attrs: { mediaId: '00000000-0000-7000-8000-00000000ffff', captionsMediaId: null, transcript: '', durationSeconds: null } })).toBe('');
    expect(render({ type: 'image', attrs: { src: 'javascript:x' } })).toBe('');
  });

  it('renders course blocks with the agreed classes and translated labels', () => {
    const html = render(
      { type: 'callout', attrs: { tone: 'key' }, content: [{ type: 'paragraph', content: [text('c')] }] },
      { type: 'callout', attrs: { tone: '" onload="x' }, content: [] },
      { type: 'keyPoints', content: [] },
      { type: 'activityInstructions', attrs: { mode: 'offline' }, content: [] },
    );
    expect(html).toContain('<aside class="spoc-callout spoc-callout--key" role="note" aria-label="Important"><p>c</p></aside>');
    expect(html).toContain('<aside class="spoc-callout spoc-callout--info" role="note" aria-label="Information"></aside>');
    expect(html).toContain('<section class="spoc-key-points" aria-label="À retenir"><h2 class="spoc-block-title">À retenir</h2></section>');
    expect(html).toContain('<section class="spoc-activity spoc-activity--offline" aria-label="Activité">');
    const english = renderCapsuleHtml({ type: 'doc', content: [{ type: 'keyPoints', content: [] }] }, { ...context, language: 'en' });
    expect(english).toContain('Key points');
  });

  const script = (narration: string, screen: string): RichTextNode => ({
    type: 'videoScript',
    content: [{ type: 'videoScriptRow', content: [{ type: 'scriptNarration', content: [{ type: 'paragraph', content: [text(narration)] }] }, { type: 'scriptScreen', content: [{ type: 'paragraph', content: [text(screen)] }] }] }],
  });
  const video = fixture.media.find((asset) => asset.kind === 'video');

  it('shows learners a placeholder, never the script, while the capsule has no video', () => {
    const html = render(script('Bonjour à tous', 'PLAN SERRÉ SUR LE TABLEAU'));
    expect(html).toBe('<figure class="spoc-video-placeholder" role="note"><p>La vidéo de cette capsule sera bientôt disponible ici.</p></figure>');
  });

  it('shows the capsule’s video with the script’s narration as its transcript when it has none of its own', () => {
    const withVideo = (transcript: string) =>
      render({ type: 'video', attrs: { mediaId: video?.id, captionsMediaId: null, transcript, durationSeconds: 60 } }, script('Bonjour à tous', 'PLAN SERRÉ SUR LE TABLEAU'));
    const html = withVideo('');
    expect(html).toContain('<video controls');
    expect(html).toContain('<div class="spoc-transcript-text"><p>Bonjour à tous</p></div>');
    expect(html).not.toContain('PLAN SERRÉ');
    expect(html).not.toContain('spoc-video-placeholder');
    expect(withVideo('Texte monté')).toContain('<p>Texte monté</p>');
  });

  it('keeps table spans only when they are sane integers', () => {
    const html = render({
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 2, rowspan: '3" x' }, content: [] }, { type: 'tableCell', attrs: { colspan: 1 }, content: [] }] }],
    });
    expect(html).toBe('<div class="spoc-table-wrap"><table><tbody><tr><th colspan="2"></th><td></td></tr></tbody></table></div>');
  });

  it('drops control characters and lone surrogates that would corrupt the file', () => {
    expect(render({ type: 'paragraph', content: [text('a\u0000b\u0007c\uD800d')] })).toBe('<p>abcd</p>');
  });
});
