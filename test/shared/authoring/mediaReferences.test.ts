import { describe, expect, it } from 'vitest';
import { mediaIdsIn, replaceMediaIn } from '../../../shared/authoring/mediaReferences';
import type { RichTextDoc } from '../../../shared/model/richText';

const doc: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'image', attrs: { mediaId: 'img', alt: 'Schéma', caption: '' } },
    { type: 'callout', attrs: { tone: 'info' }, content: [{ type: 'video', attrs: { mediaId: 'vid', captionsMediaId: 'vtt', transcript: '', durationSeconds: 30 } }] },
    { type: 'resource', attrs: { mediaId: null, label: 'Fiche' } },
  ],
};

describe('media references in capsule content', () => {
  it('finds every asset used, including captions and nested blocks', () => {
    expect([...mediaIdsIn(doc)].sort()).toEqual(['img', 'vid', 'vtt']);
  });

  it('replaces an asset everywhere without touching the original or other attributes', () => {
    const replaced = replaceMediaIn(doc, 'vtt', 'vtt2');
    expect([...mediaIdsIn(replaced)].sort()).toEqual(['img', 'vid', 'vtt2']);
    expect(replaced.content?.[1]?.content?.[0]?.attrs).toMatchObject({ mediaId: 'vid', durationSeconds: 30 });
    expect([...mediaIdsIn(doc)]).toContain('vtt');
    expect([...mediaIdsIn(replaceMediaIn(doc, 'img', null))].sort()).toEqual(['vid', 'vtt']);
  });
});
