import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services/createServices';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

const MEGABYTE = 1024 * 1024;

async function* video(megabytes: number): AsyncIterable<Buffer> {
  // A file-type box, then one media-data box holding the rest: an MP4 as far as its container goes.
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp42')]);
  const mdat = Buffer.alloc(8);
  mdat.writeUInt32BE(megabytes * MEGABYTE - ftyp.length, 0);
  mdat.write('mdat', 4, 'latin1');
  yield Buffer.concat([ftyp, mdat, Buffer.alloc(MEGABYTE - ftyp.length - mdat.length, 1)]);
  for (let index = 1; index < megabytes; index += 1) yield Buffer.alloc(MEGABYTE, index);
}

describe('deleted media', () => {
  it('leave the project file: import then delete a 40 MB video and the file is back to its size', async () => {
    harness = createTestServices();
    const created = await harness.api.createProject({ title: 'Place', language: 'fr', template: 'four-weekly-modules' });
    harness.api.dispose();
    const projectPath = created!.path;
    const sizeBefore = statSync(projectPath).size;
    const api = createServices({
      mode: 'browser',
      workspaceDir: harness.workspaceDir,
      appDataDir: harness.appDataDir,
      resourcesDir: harness.root,
      places: {
        chooseNewProjectPath: async () => null,
        chooseProjectToOpen: async () => projectPath,
        chooseExportFolder: async () => null, chooseExportPath: async () => null,
        chooseMediaToImport: async () => [{ fileName: 'tournage.mp4', size: 40 * MEGABYTE, chunks: () => video(40) }],
      },
    });
    harness.api = api;
    await api.openProject({});
    await api.importMedia({});
    expect(await api.deleteUnusedMedia({})).toEqual({ deletedCount: 1 });
    await api.closeProject({});
    expect(statSync(projectPath).size).toBeLessThan(sizeBefore + 2 * MEGABYTE);
  });
});
