import { describe, expect, it } from 'vitest';
import { isAllowedLinkHref, LINK_PROTOCOLS } from '../../../shared/editor/linkPolicy';
import { courseExtensions } from '../../../shared/editor/courseExtensions';
import { renderCapsuleHtml } from '../../../shared/export/renderCapsuleHtml';
import type { RichTextDoc } from '../../../shared/model/richText';
import { safeLinkHref } from '../../../renderer/features/editor/safeLinkHref';

const exported = (href: string): string =>
  renderCapsuleHtml({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'lien', marks: [{ type: 'link', attrs: { href } }] }] }] } as RichTextDoc, {
    language: 'fr',
    mediaById: new Map(),
  });

describe('the link policy', () => {
  it('allows https and mailto addresses, apostrophes included', () => {
    for (const href of ['https://www.anact.fr/le-management', "https://www.service-public.fr/l'entretien-annuel", 'mailto:formation@optimax.fr']) {
      expect(isAllowedLinkHref(href), href).toBe(true);
    }
  });

  it('refuses http, scripts, data, files, other schemes and what could end an attribute', () => {
    for (const href of ['http://example.org', 'javascript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'ftp://example.org', '//evil.org', 'https://a.org/" onmouseover="x', 'https://a.org/<b>', '']) {
      expect(isAllowedLinkHref(href), href).toBe(false);
    }
  });

  it('is the one the editor, its link extension and the export apply: what the editor keeps exports as a link, http neither', () => {
    const typed = ['anact.fr/guide', 'https://www.anact.fr/le-management', "https://www.service-public.fr/l'entretien-annuel", 'formation@optimax.fr', 'mailto:rh@optimax.fr'];
    for (const text of typed) {
      const href = safeLinkHref(text);
      expect(href, text).not.toBeNull();
      expect(exported(href!), text).toContain('<a href=');
    }
    expect(safeLinkHref('http://example.org')).toBeNull();
    expect(exported('http://example.org')).toBe('<p>lien</p>');

    const link = courseExtensions().find((extension) => extension.name === 'starterKit')?.options.link as { protocols: string[] } | undefined;
    expect(link?.protocols).toEqual([...LINK_PROTOCOLS]);
  });
});
