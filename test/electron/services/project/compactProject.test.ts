import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompactionProgress } from '../../../../shared/api/compactionCalls';
import { mp4Chunks } from '../../../support/mp4Header';
import { createTestServices } from '../serviceHarness';

let harness: ReturnType<typeof createTestServices>;
afterEach(() => harness?.cleanup());

const MEGABYTE = 1024 * 1024;

describe('Compact', () => {
  it('gives back the space of deleted media below the automatic threshold, reporting progress, and keeps the course', async () => {
    harness = createTestServices();
    const created = await harness.api.createProject({ title: 'Compacter', language: 'fr', template: 'four-weekly-modules' });
    harness.answers.projectToOpen = created!.path;
    harness.answers.mediaToImport = [{ fileName: 'essai.mp4', size: 12 * MEGABYTE, chunks: () => mp4Chunks(12) }];
    const api = harness.restart();
    await api.openProject({});
    await api.importMedia({});
    // Closing folds the media into the file: its deletion then leaves free pages there.
    await api.closeProject({});
    await api.openProject({});
    await api.deleteUnusedMedia({});
    await api.closeProject({});
    const sizeWithFreePages = statSync(created!.path).size;
    await api.openProject({});

    const seen: CompactionProgress[] = [];
    let finished = false;
    const running = api.compactProject({}).finally(() => (finished = true));
    while (!finished) {
      const progress = await api.getCompactionProgress({});
      if (progress) seen.push(progress);
      await new Promise(setImmediate);
    }
    const { bytesBefore, bytesAfter } = await running;
    expect(bytesBefore).toBe(sizeWithFreePages);
    expect(bytesBefore - bytesAfter).toBeGreaterThan(11 * MEGABYTE);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)!.bytesTotal).toBeGreaterThan(11 * MEGABYTE);
    expect(await api.getCompactionProgress({})).toBeNull();
    expect((await api.getOutline({})).modules).toHaveLength(4);
  });
});
