import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../../electron/services/createServices';
import { mp4Chunks } from '../../../support/mp4Header';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

const MEGABYTE = 1024 * 1024;

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
        chooseMediaToImport: async () => [{ fileName: 'tournage.mp4', size: 40 * MEGABYTE, chunks: () => mp4Chunks(40) }],
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
