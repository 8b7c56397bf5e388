import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { mp4Chunks } from '../../../support/mp4Header';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

const MEGABYTE = 1024 * 1024;

describe('deleted media', () => {
  it('leave the project file: import then delete a 40 MB video and the file is back to its size', async () => {
    harness = createTestServices();
    const created = await harness.api.createProject({ title: 'Place', language: 'fr', template: 'four-weekly-modules' });
    const projectPath = created!.path;
    harness.answers.projectToOpen = projectPath;
    harness.answers.mediaToImport = [{ fileName: 'tournage.mp4', size: 40 * MEGABYTE, chunks: () => mp4Chunks(40) }];
    const api = harness.restart();
    const sizeBefore = statSync(projectPath).size;
    await api.openProject({});
    await api.importMedia({});
    expect(await api.deleteUnusedMedia({})).toEqual({ deletedCount: 1 });
    await api.closeProject({});
    expect(statSync(projectPath).size).toBeLessThan(sizeBefore + 2 * MEGABYTE);
  });
});
