import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../../renderer/state/appStore';
import { AppError } from '../../../shared/api/appError';
import type { ImportedMedia } from '../../../shared/api/mediaCalls';
import type { MediaAsset } from '../../../shared/model/course';
import { createTestServices } from '../../electron/services/serviceHarness';

let harness: ReturnType<typeof createTestServices>;
let store: AppStore;

beforeEach(async () => {
  harness = createTestServices();
  store = createAppStore(harness.api);
  await store.getState().createProject({ title: 'Médias', language: 'fr', template: 'blank' });
});

afterEach(() => harness.cleanup());

const asset = (fileName: string): MediaAsset => ({
  id: '00000000-0000-7000-8000-000000000001', sha256: 'a'.repeat(64), fileName, mimeType: 'image/png', kind: 'image', size: 1, crc32: 0,
  durationSeconds: null, width: null, height: null, createdAt: '2026-11-30T00:00:00Z',
});

describe('media slice (on the real services)', () => {
  it('loads an empty library, and shows why a dialog import cannot run where no dialog exists', async () => {
    harness.cleanup();
    harness = createTestServices({ mediaDialog: false });
    store = createAppStore(harness.api);
    await store.getState().createProject({ title: 'Médias', language: 'fr', template: 'blank' });
    await store.getState().loadMediaLibrary();
    expect(store.getState().mediaLibrary).toEqual([]);
    // The test places have no media dialog: the backend says so, clearly.
    expect(await store.getState().importMediaFromDialog()).toBeUndefined();
    expect(store.getState().error?.message).toContain('Media cannot be picked here');
    expect(store.getState().mediaImport).toBeNull();
  });

  it('uploads files one by one, stops at the first refusal, and reloads the library after each', async () => {
    const sent: string[] = [];
    const upload = async (file: File): Promise<ImportedMedia> => {
      sent.push(file.name);
      if (file.name === 'bad.png') throw new AppError('invalid-input', '"bad.png" does not contain what its name says');
      return { imported: [asset(file.name)] };
    };
    const count = await store.getState().uploadMediaFiles([new File(['a'], 'a.png'), new File(['b'], 'bad.png'), new File(['c'], 'c.png')], upload);
    expect(count).toBe(1);
    expect(sent).toEqual(['a.png', 'bad.png']);
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().error?.message).toContain('bad.png');
    expect(store.getState().mediaLibrary).toEqual([]);
  });

  it('deletes unused media and says how many', async () => {
    expect(await store.getState().deleteUnusedMedia()).toBe(0);
    expect(store.getState().saveStatus).toBe('saved');
  });
});

describe('media import progress', () => {
  it('shows the backend’s progress while an import runs, and clears it when done', async () => {
    const progress = { fileName: 'film.mp4', bytesDone: 5_000_000, bytesTotal: 20_000_000, fileIndex: 0, fileCount: 1 };
    let finish!: () => void;
    const api = {
      getMediaImportProgress: async () => progress,
      importMedia: () => new Promise<{ imported: [] }>((resolve) => (finish = () => resolve({ imported: [] }))),
      listMediaLibrary: async () => [],
    };
    const progressStore = createAppStore(api as never);
    const running = progressStore.getState().importMediaFromDialog();
    await expect.poll(() => progressStore.getState().mediaImport).toEqual(progress);
    expect(progressStore.getState().saveStatus).toBe('saving');
    finish();
    expect(await running).toBe(0);
    expect(progressStore.getState().mediaImport).toBeNull();
    expect(progressStore.getState().saveStatus).toBe('saved');
  });
});
