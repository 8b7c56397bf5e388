import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newBlockContent } from '../../shared/editor/newBlockContent';
import { BLOCK } from '../../shared/model/blocks';
import { fr } from './support/frenchText';
import { launchAppForEachTest } from './support/launchApp';
import { screenshot } from './support/screenshot';

const app = launchAppForEachTest();

/** A real PNG (a colour gradient), so the thumbnail shows what a designer would see. */
function gradientPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, (_, x) => [60 + (x * 150) / width, 60 + (y * 120) / height, 200]).flat())]),
  );
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** A video as far as its container goes: a file-type box, then a media-data box. */
const mdatHeader = Buffer.alloc(8);
mdatHeader.writeUInt32BE(8 + 150 * 1024, 0);
mdatHeader.write('mdat', 4, 'latin1');
const SMALL_VIDEO = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.from([0, 0, 0, 0]), Buffer.from('mp42isom'), mdatHeader, Buffer.alloc(150 * 1024, 3)]);

const rows = () => app.page.getByTestId('media-row');

/** Calls the API as the page does (with its session token), to set up what another screen would have made. */
async function callApi<T>(method: string, input: unknown): Promise<T> {
  const result = await app.page.evaluate(
    async ([name, body]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="spoc-token"]')?.content ?? '';
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-spoc-token': token }, body: JSON.stringify(body) });
      return response.json();
    },
    [method, input] as const,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}
const row = (fileName: string) => rows().filter({ hasText: fileName });

describe('media library', () => {
  it('imports an image and a video by the file input, lists them with their size, and deletes the unused ones', async () => {
    const { page } = app;
    await page.getByTestId('nav-media').click();
    await page.getByRole('heading', { name: 'Médiathèque' }).waitFor();
    await rows().first().waitFor();
    await expect.poll(() => rows().count()).toBe(2);

    await page.getByTestId('media-file-input').setInputFiles([
      { name: 'équipe-atelier.png', mimeType: 'image/png', buffer: gradientPng(160, 120) },
      { name: 'brief-du-lundi.mp4', mimeType: 'video/mp4', buffer: SMALL_VIDEO },
    ]);
    await page.getByTestId('media-notice').filter({ hasText: '2 fichiers importés.' }).waitFor();
    await expect.poll(() => page.getByTestId('media-notice').innerText()).toBe('2 fichiers importés.');
    await expect.poll(() => rows().count()).toBe(4);
    await expect.poll(() => row('équipe-atelier.png').getByTestId('media-size').innerText()).toMatch(/^\d+(,\d)? (o|Ko)$/);
    await expect.poll(() => row('brief-du-lundi.mp4').getByTestId('media-size').innerText()).toBe('150 Ko');
    await expect.poll(() => row('brief-du-lundi.mp4').innerText()).toContain('Vidéo');
    await expect.poll(() => row('brief-du-lundi.mp4').innerText()).toContain('Inutilisé');
    await expect.poll(() => row('équipe-atelier.png').locator('img').count()).toBe(1);
    expect(await row('équipe-atelier.png').locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(160);

    // Drag and drop takes the same road.
    await page.getByTestId('media-drop').evaluate((zone) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF-1.7\n% fiche méthode'], 'fiche-desc.pdf', { type: 'application/pdf' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await row('fiche-desc.pdf').waitFor();
    await expect.poll(() => rows().count()).toBe(5);
    await expect.poll(() => row('fiche-desc.pdf').innerText()).toContain('Document');

    await page.reload();
    await page.getByTestId('nav-media').click();
    await rows().first().waitFor();
    await expect.poll(() => rows().count()).toBe(5);

    await page.getByRole('button', { name: 'Supprimer les médias inutilisés' }).click();
    await page.getByRole('group', { name: 'Supprimer 3 fichiers qu’aucune capsule n’utilise ?' }).getByRole('button', { name: 'Confirmer' }).click();
    await page.getByTestId('media-notice').filter({ hasText: 'supprimés' }).waitFor();
    await expect.poll(() => page.getByTestId('media-notice').innerText()).toBe('3 fichiers supprimés.');
    await expect.poll(() => rows().count()).toBe(2);
    expect(await rows().allInnerTexts()).not.toContain('Inutilisé');

    // The deleted files' space goes back to the disk on request.
    await page.getByRole('button', { name: 'Compacter le projet' }).click();
    await page.getByTestId('media-notice').filter({ hasText: 'Place rendue' }).waitFor();
    await expect.poll(() => page.getByTestId('media-notice').innerText()).toMatch(/^Place rendue au disque\u202f: [1-9]/);
    await screenshot(page, 'media-compacted');
  }, 60_000);

  it('shows where a file is used, flags an image without alt text, and replaces it everywhere', async () => {
    const { page } = app;
    await page.getByTestId('nav-media').click();
    await rows().first().waitFor();
    await expect.poll(() => rows().count()).toBe(2);
    await page.getByTestId('media-file-input').setInputFiles([
      { name: 'ancien-schema.png', mimeType: 'image/png', buffer: gradientPng(120, 90) },
      { name: 'nouveau-schema.png', mimeType: 'image/png', buffer: gradientPng(200, 150) },
    ]);
    await page.getByTestId('media-notice').filter({ hasText: '2 fichiers importés.' }).waitFor();
    await expect.poll(() => rows().count()).toBe(4);

    const library = await callApi<Array<{ asset: { id: string; fileName: string } }>>('listMediaLibrary', {});
    const oldId = library.find((item) => item.asset.fileName === 'ancien-schema.png')?.asset.id;
    const outline = await callApi<{ modules: Array<{ capsules: Array<{ id: string; title: string }> }> }>('getOutline', {});
    const capsule = outline.modules[0]!.capsules[0]!;
    await callApi('saveCapsuleContent', { id: capsule.id, content: { type: 'doc', content: [newBlockContent(BLOCK.image, oldId)] } });

    await page.reload();
    await page.getByTestId('nav-media').click();
    await row('ancien-schema.png').waitFor();
    await expect.poll(() => row('ancien-schema.png').innerText()).toContain(capsule.title);
    await expect.poll(() => row('ancien-schema.png').getByTestId('media-flag').innerText()).toBe('Image sans texte alternatif');
    await page.getByRole('button', { name: 'Détails de « ancien-schema.png »' }).click();
    const panel = page.getByRole('complementary', { name: 'Propriétés' });
    await expect.poll(() => panel.innerText()).toContain('Utilisé dans');
    await expect.poll(() => panel.innerText()).toContain('image/png');
    await screenshot(page, 'media');

    await page.getByRole('button', { name: 'Remplacer partout… « ancien-schema.png »' }).click();
    await page.getByLabel('Remplacer « ancien-schema.png » par').selectOption({ label: 'nouveau-schema.png' });
    await page.getByRole('button', { name: 'Remplacer', exact: true }).click();
    await row('nouveau-schema.png').filter({ hasText: capsule.title }).waitFor();
    await expect.poll(() => row('nouveau-schema.png').innerText()).toContain(capsule.title);
    await expect.poll(() => row('ancien-schema.png').innerText()).toContain('Inutilisé');
    await expect.poll(() => row('nouveau-schema.png').getByTestId('media-flag').innerText()).toBe('Image sans texte alternatif');

    // From the file to the capsule using it, in one click.
    await page.getByRole('button', { name: 'Détails de « nouveau-schema.png »' }).click();
    await panel.getByRole('button', { name: `Ouvrir « ${capsule.title} » dans le plan` }).click();
    await page.getByRole('heading', { name: 'Plan du cours' }).waitFor();
    await expect.poll(() => panel.getByRole('heading').first().innerText()).toBe(capsule.title);
  }, 60_000);

  it('refuses a file of an unknown type with a clear message, and imports nothing', async () => {
    const { page } = app;
    await page.getByTestId('nav-media').click();
    await rows().first().waitFor();
    await expect.poll(() => rows().count()).toBe(2);
    await page.getByTestId('media-file-input').setInputFiles([{ name: 'notes.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') }]);
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain(fr('« notes.exe » n’est pas un fichier que la médiathèque accepte'));
    expect(await rows().count()).toBe(2);
  });

  it('refuses a file named .mp4 that holds no playable video, and says what is wrong', async () => {
    const { page } = app;
    await page.getByTestId('nav-media').click();
    await rows().first().waitFor();
    await expect.poll(() => rows().count()).toBe(2);
    const notAVideo = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(64 * 1024, 3)]);
    await page.getByTestId('media-file-input').setInputFiles([{ name: 'tournage.mp4', mimeType: 'video/mp4', buffer: notAVideo }]);
    await page.getByRole('alert').waitFor();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain(fr('« tournage.mp4 » ne peut pas être lu : ce qui suit sa boîte de type n’est pas du MP4'));
    expect(await rows().count()).toBe(2);
  });
});
