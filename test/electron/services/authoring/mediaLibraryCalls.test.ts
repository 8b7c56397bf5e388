import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importMediaFile, type MediaDescription } from '../../../../electron/services/media/importMediaFile';
import { newBlockContent } from '../../../../shared/editor/newBlockContent';
import { BLOCK } from '../../../../shared/model/blocks';
import type { RichTextNode } from '../../../../shared/model/richText';
import { type AuthoringFixture, openAuthoringFixture } from './authoringFixture';

let fixture: AuthoringFixture;
beforeEach(async () => {
  fixture = await openAuthoringFixture();
});
afterEach(() => fixture.close());

async function importBytes(fileName: string, bytes: string, description: Omit<MediaDescription, 'fileName'>) {
  const filePath = path.join(fixture.dir, fileName);
  writeFileSync(filePath, bytes);
  return importMediaFile(fixture.project, filePath, { fileName, ...description });
}

function setContent(capsuleIndex: number, blocks: RichTextNode[]) {
  const capsule = fixture.repository.capsules()[capsuleIndex]!;
  fixture.repository.updateCapsule({ ...capsule, content: { type: 'doc', content: blocks } });
  return capsule;
}

const mediaRowCount = () => fixture.project.db.prepare('SELECT COUNT(*) FROM media_contents').pluck().get();

describe('media library', () => {
  it('lists where each asset is used and flags missing alt text and captions', async () => {
    const photo = await importBytes('atelier.png', 'png-bytes', { mimeType: 'image/png', kind: 'image' });
    const video = await importBytes('briefing.mp4', 'mp4-bytes', { mimeType: 'video/mp4', kind: 'video', durationSeconds: 300 });
    const spare = await importBytes('spare.pdf', 'pdf-bytes', { mimeType: 'application/pdf', kind: 'document' });
    const first = setContent(0, [newBlockContent(BLOCK.image, photo.id), newBlockContent(BLOCK.video, video.id)]);
    const second = setContent(1, [{ ...newBlockContent(BLOCK.image, photo.id), attrs: { mediaId: photo.id, alt: 'Un atelier', caption: '' } }]);

    const library = await fixture.call('listMediaLibrary', {});
    const byName = new Map(library.map((item) => [item.asset.fileName, item]));
    expect(byName.get('atelier.png')).toMatchObject({
      usedIn: [{ capsuleId: first.id }, { capsuleId: second.id }],
      flags: ['missing-alt'],
    });
    expect(byName.get('briefing.mp4')).toMatchObject({ usedIn: [{ capsuleId: first.id }], flags: ['missing-captions'] });
    expect(byName.get('spare.pdf')).toMatchObject({ usedIn: [], flags: [] });
    expect(library[0]?.asset.id).toBe(spare.id);
  });

  it('replaces an asset everywhere it is used, and undo puts the old one back', async () => {
    const oldPhoto = await importBytes('old.png', 'old', { mimeType: 'image/png', kind: 'image' });
    const newPhoto = await importBytes('new.png', 'new', { mimeType: 'image/png', kind: 'image' });
    const pdf = await importBytes('fiche.pdf', 'pdf', { mimeType: 'application/pdf', kind: 'document' });
    setContent(0, [newBlockContent(BLOCK.image, oldPhoto.id)]);
    setContent(2, [{ type: BLOCK.callout, attrs: { tone: 'info' }, content: [newBlockContent(BLOCK.image, oldPhoto.id)] }]);

    expect(await fixture.call('replaceMediaEverywhere', { fromId: oldPhoto.id, toId: newPhoto.id })).toEqual({ capsuleCount: 2 });
    const uses = async (id: string) => (await fixture.call('listMediaLibrary', {})).find((item) => item.asset.id === id)?.usedIn.length;
    expect(await uses(oldPhoto.id)).toBe(0);
    expect(await uses(newPhoto.id)).toBe(2);

    await expect(fixture.call('replaceMediaEverywhere', { fromId: newPhoto.id, toId: pdf.id })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/same kind/),
    });

    await fixture.call('undo', {});
    expect(await uses(oldPhoto.id)).toBe(2);
  });

  it('deletes only unused assets, and keeps bytes another asset still shares', async () => {
    const used = await importBytes('used.png', 'same-bytes', { mimeType: 'image/png', kind: 'image' });
    await importBytes('copy.png', 'same-bytes', { mimeType: 'image/png', kind: 'image' });
    await importBytes('orphan.mp3', 'sound', { mimeType: 'audio/mpeg', kind: 'audio' });
    setContent(0, [newBlockContent(BLOCK.image, used.id)]);
    expect(mediaRowCount()).toBe(2);

    expect(await fixture.call('deleteUnusedMedia', {})).toEqual({ deletedCount: 2 });
    expect((await fixture.call('listMediaLibrary', {})).map((item) => item.asset.fileName)).toEqual(['used.png']);
    expect(mediaRowCount()).toBe(1);
    fixture.project.foldPendingMedia();
    expect(fixture.project.db.prepare('SELECT COUNT(*) FROM media_chunks').pluck().get()).toBe(1);
  });
});
