import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/appError';
import type { AppApi } from '../../../shared/api/contract';
import type { ExportProgressInfo, ExportResult } from '../../../shared/api/exportCalls';
import { createAppStore } from '../../../renderer/state/appStore';
import { createFakeApi } from '../support/createFakeApi';

const OPTIONS = { version: '1.2', mode: 'course', lockModules: false } as const;
const REMEMBERED = { ...OPTIONS, programmeCohortId: null, includeSource: false };
const RESULT: ExportResult = { path: '/workspace/exports/cours-scorm12.zip', packages: [{ path: '/workspace/exports/cours-scorm12.zip', bytes: 2_000 }], bytes: 2_000, files: 6, warnings: [] };

/** The fake backend plus an export whose end the test decides, and whose progress it sets. */
async function storeWithControlledExport() {
  const fake = createFakeApi();
  let progress: ExportProgressInfo | null = null;
  let finish: (result: ExportResult) => void = () => {};
  let fail: (error: AppError) => void = () => {};
  const exportCalls: Partial<AppApi> = {
    // The module-scos check answers late, so a later check for other options overtakes it.
    checkScormExport: async ({ mode }) => {
      if (mode !== 'module-scos') return [];
      await new Promise((resolve) => setTimeout(resolve, 50));
      return [{ severity: 'warning', key: 'presetMultiScoUnknown', params: { lms: 'Moodle' }, message: 'Multi-SCO' }];
    },
    exportScorm: () =>
      new Promise((resolve, reject) => {
        finish = resolve;
        fail = reject;
      }),
    getExportProgress: async () => progress,
    getExportSettings: async () => REMEMBERED,
    cancelScormExport: async () => {
      fail(new AppError('cancelled', 'The export was cancelled: no file was written.'));
      return true;
    },
  };
  const api = new Proxy(fake.api, { get: (target, method: string) => exportCalls[method as keyof AppApi] ?? target[method as keyof AppApi] }) as AppApi;
  const store = createAppStore(api);
  await store.getState().openSampleProject();
  return { store, fake, setProgress: (next: ExportProgressInfo) => void (progress = next), finish: (result: ExportResult) => finish(result) };
}

describe('export slice', () => {
  it('keeps the notices of the options checked last, even when answers cross', async () => {
    const { store } = await storeWithControlledExport();
    const first = store.getState().checkExport({ ...OPTIONS, mode: 'module-scos' });
    expect(store.getState().exportNotices).toBeNull();
    await Promise.all([first, store.getState().checkExport(OPTIONS)]);
    expect(store.getState().exportNotices).toEqual([]);
  });

  it('polls the progress while exporting, then holds the result and reloads the remembered choice', async () => {
    const { store, fake, setProgress, finish } = await storeWithControlledExport();
    const running = store.getState().runExport(OPTIONS);
    expect(store.getState().exportPhase).toBe('exporting');
    setProgress({ writtenBytes: 500, totalBytes: 2_000, currentFile: 'media/a.mp4' });
    await expect.poll(() => store.getState().exportProgress, { timeout: 2_000 }).toEqual({ writtenBytes: 500, totalBytes: 2_000, currentFile: 'media/a.mp4' });
    expect(store.getState().exportSettings).toBeNull();
    finish(RESULT);
    await running;
    expect(store.getState()).toMatchObject({ exportPhase: 'done', exportResult: RESULT, exportFailure: null });
    expect(store.getState().exportSettings, 'the next export starts from this one').toEqual(REMEMBERED);
    const polls = fake.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(fake.calls.length, 'polling stops with the export').toBe(polls);
  });

  it('says cancelled, not failed, when the designer cancels; a failure keeps its message', async () => {
    const { store } = await storeWithControlledExport();
    const running = store.getState().runExport(OPTIONS);
    await store.getState().cancelExport();
    await running;
    expect(store.getState()).toMatchObject({ exportPhase: 'cancelled', exportFailure: null, exportResult: null });

    const fake = createFakeApi();
    fake.failNext('exportScorm', new AppError('file-error', 'Cannot write in /x: choose a folder you can write to.'));
    const failing = createAppStore(fake.api);
    await failing.getState().runExport(OPTIONS);
    expect(failing.getState()).toMatchObject({ exportPhase: 'failed', exportFailure: { code: 'file-error', message: 'Cannot write in /x: choose a folder you can write to.' } });
    failing.getState().resetExport();
    expect(failing.getState()).toMatchObject({ exportPhase: 'idle', exportFailure: null, exportNotices: null });
  });
});
