import { describe, expect, it } from 'vitest';
import { safeLinkHref } from '../../../../renderer/features/editor/safeLinkHref';

describe('link addresses', () => {
  it('keeps https and mailto addresses', () => {
    expect(safeLinkHref('https://www.anact.fr/le-management')).toBe('https://www.anact.fr/le-management');
    expect(safeLinkHref('mailto:formation@optimax.fr')).toBe('mailto:formation@optimax.fr');
  });

  it('completes a bare domain as https and a bare e-mail address as mailto', () => {
    expect(safeLinkHref('  anact.fr/guide ')).toBe('https://anact.fr/guide');
    expect(safeLinkHref('formation@optimax.fr')).toBe('mailto:formation@optimax.fr');
  });

  it('refuses other protocols, script and file links', () => {
    expect(safeLinkHref('http://example.org')).toBeNull();
    expect(safeLinkHref('javascript:alert(1)')).toBeNull();
    expect(safeLinkHref('file:///etc/passwd')).toBeNull();
    expect(safeLinkHref('ftp://example.org/file')).toBeNull();
  });

  it('refuses what is not an address at all', () => {
    expect(safeLinkHref('')).toBeNull();
    expect(safeLinkHref('voir le guide')).toBeNull();
    expect(safeLinkHref('localhost')).toBeNull();
    expect(safeLinkHref('mailto:personne')).toBeNull();
  });
});
