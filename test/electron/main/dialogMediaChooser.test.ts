import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dialogPlaceChooser } from '../../../electron/main/dialogPlaceChooser';

function chooserAnswering(open: { canceled: boolean; filePaths: string[] }) {
  const dialog = { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => open) };
  const places = dialogPlaceChooser(dialog as never, { language: () => 'fr', defaultDir: () => '/home/ana/SPOC Studio', parentWindow: () => null });
  return { dialog, places };
}

describe('media import dialog (desktop)', () => {
  it('offers several media files at once, filtered to the types the library takes, and reads nothing until imported', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'spoc-dialog-media-'));
    writeFileSync(path.join(dir, 'schéma.png'), 'png-bytes');
    writeFileSync(path.join(dir, 'brief.mp4'), 'mp4-bytes-longer');
    const { dialog, places } = chooserAnswering({ canceled: false, filePaths: [path.join(dir, 'schéma.png'), path.join(dir, 'brief.mp4')] });
    const sources = await places.chooseMediaToImport!();
    expect(sources?.map((source) => [source.fileName, source.size])).toEqual([
      ['schéma.png', 9],
      ['brief.mp4', 16],
    ]);
    const options = (dialog.showOpenDialog.mock.calls[0] as unknown[])[0] as { title: string; properties: string[]; filters: Array<{ extensions: string[] }> };
    expect(options.title).toBe('Importer des médias');
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters[0]?.extensions).toEqual(expect.arrayContaining(['png', 'jpg', 'mp4', 'mp3', 'pdf', 'vtt']));
    expect(options.filters[0]?.extensions).not.toContain('exe');
    const bytes: Buffer[] = [];
    for await (const chunk of sources![1]!.chunks()) bytes.push(Buffer.from(chunk));
    expect(Buffer.concat(bytes).toString()).toBe('mp4-bytes-longer');
  });

  it('answers null when the user cancels', async () => {
    expect(await chooserAnswering({ canceled: true, filePaths: [] }).places.chooseMediaToImport!()).toBeNull();
  });
});
